namespace ReportForge.Core.Enrichment;

/// <summary>
/// Who an ask is addressed to: "urged the Human Rights Council to ensure…", "appealed to the United
/// Nations…", "recommended that the Government be called upon…"; otherwise the country under review
/// ("Kazakhstan", "it", "the State", "the authorities", or a passive "that the Law … be adopted").
/// </summary>
internal static class RecommendationTarget
{
    private static readonly (string Phrase, string Target)[] Bodies =
    [
        ("the Human Rights Council", "the Human Rights Council"),
        ("the Council", "the Human Rights Council"),
        ("the United Nations", "the United Nations"),
        ("the UN", "the United Nations"),
        ("the international community", "the international community"),
        ("the Office of the High Commissioner", "OHCHR"),
        ("OHCHR", "OHCHR"),
        ("the Government", "the Government"),
    ];

    public static string Of(string ask, string country)
    {
        foreach (var (phrase, target) in Bodies)
            if (ask.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && Words.IsWholeWord(ask, 0, phrase.Length))
                return target;
        return country;
    }
}
