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
    public static string From(string afterVerb, string country) => From(afterVerb.AsSpan(), country);

    /// <inheritdoc cref="From(string, string)"/>
    public static string From(ReadOnlySpan<char> afterVerb, string country)
    {
        // Cut as a span: only the finished ask becomes a string.
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
        text = text.TrimEnd(" ,;:");
        ReadOnlySpan<char> head = [];
        if (text.StartsWith("it ", StringComparison.OrdinalIgnoreCase))
        {
            head = country;
            text = text[2..];
        }
        if (head.Length + text.Length == 0) return "";
        Span<char> first = [char.ToUpperInvariant(head.Length > 0 ? head[0] : text[0])];
        return head.Length > 0 ? string.Concat(first, head[1..], text) : string.Concat(first, text[1..]);
    }
}
