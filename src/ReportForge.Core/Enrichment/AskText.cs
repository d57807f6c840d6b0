namespace ReportForge.Core.Enrichment;

/// <summary>
/// The ask itself, cut from what follows the verb: "recommended, inter alia, that Kazakhstan take…"
/// → "Kazakhstan take…"; "appealed to the United Nations to invite…" → "The United Nations to invite…".
/// </summary>
internal static class AskText
{
    private static readonly string[] Openers = [",", "inter alia,", "inter alia", "that", "to", "upon", "on"];

    public static string From(string afterVerb)
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
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
