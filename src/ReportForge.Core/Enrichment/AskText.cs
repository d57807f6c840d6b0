namespace ReportForge.Core.Enrichment;

/// <summary>
/// The ask itself, cut from what follows the verb: "recommended, inter alia, that Kazakhstan take…"
/// → "Kazakhstan take…"; "appealed to the United Nations to invite…" → "The United Nations to invite…".
/// </summary>
internal static class AskText
{
    private static readonly string[] Openers = [",", "inter alia,", "inter alia", "that", "to", "upon", "on"];

    /// <param name="afterVerb">The clause after the reporting verb.</param>
    /// <param name="country">Stands in for "it" when the ask is addressed to the State by pronoun
    /// ("encouraged it to develop…" → "Kazakhstan to develop…").</param>
    public static string From(string afterVerb, string country)
    {
        var text = afterVerb.Trim();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var opener in Openers)
            {
                if (!text.StartsWith(opener, StringComparison.Ordinal)) continue;
                if (char.IsLetter(opener[^1]) && !Words.IsWholeWord(text, 0, opener.Length)) continue;
                text = text[opener.Length..].TrimStart();
                changed = true;
            }
        }
        text = text.TrimEnd(' ', ',', ';', ':');
        if (text.StartsWith("it ", StringComparison.OrdinalIgnoreCase)) text = country + text[2..];
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
