namespace ReportForge.Core.Parsing.Inline;

/// <summary>
/// Repairs what copying out of the PDF broke: "'JS 1' is 'JS1'", and "'PRICentral Asia' is
/// 'PRI-Central Asia' with the line-end hyphen lost" (for every hyphenated code the text defines).
/// </summary>
internal static class TextRepairs
{
    public static void Apply(CleanText text, IReadOnlyCollection<string> hyphenatedCodes)
    {
        var edits = new List<CleanText.Edit>();
        JoinSplitCodes(text.Text, edits);
        foreach (var code in hyphenatedCodes)
            RestoreLostHyphens(text.Text, code, edits);
        text.Apply(edits);
    }

    /// <summary>"JS 1 noted" → "JS1 noted".</summary>
    private static void JoinSplitCodes(string text, List<CleanText.Edit> edits)
    {
        for (var at = text.IndexOf("JS ", StringComparison.Ordinal); at >= 0;
             at = text.IndexOf("JS ", at + 3, StringComparison.Ordinal))
        {
            var digit = at + 3;
            if (at > 0 && char.IsLetterOrDigit(text[at - 1])) continue;
            if (digit >= text.Length || !char.IsAsciiDigit(text[digit])) continue;
            var end = digit;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
            if (end - digit > 2 || (end < text.Length && char.IsLetterOrDigit(text[end]))) continue;
            edits.Add(new CleanText.Edit(at + 2, 1, ""));
        }
    }

    /// <summary>"PRICentral Asia" → "PRI-Central Asia".</summary>
    private static void RestoreLostHyphens(string text, string code, List<CleanText.Edit> edits)
    {
        var hyphen = code.IndexOf('-');
        if (hyphen <= 0) return;
        var joined = code.Remove(hyphen, 1);
        for (var at = text.IndexOf(joined, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(joined, at + joined.Length, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsLetterOrDigit(text[at - 1])) continue;
            edits.Add(new CleanText.Edit(at + hyphen, 0, "-"));
        }
    }
}
