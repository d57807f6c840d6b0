namespace ReportForge.Core.Enrichment;

/// <summary>
/// "Amnesty International (AI)": a full name followed by its code in brackets. The name is the run
/// of words before the bracket whose initials spell the code, small words allowed in between
/// ("World Coalition against the Death Penalty (WCADP)", "Penal Reform International-Central Asia
/// (PRI-Central Asia)"), with a leading "The" kept ("The Becket Fund (BF)").
/// </summary>
/// <param name="Code">What is in the brackets.</param>
/// <param name="Name">The full name.</param>
/// <param name="NameStart">Offset of the name in the text.</param>
/// <param name="End">Offset just past the closing bracket.</param>
internal sealed record StakeholderDefinition(string Code, string Name, int NameStart, int End)
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "to", "for", "against", "on", "and", "in", "de", "la", "du", "des", "et", "&", "for", "with",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SmallWordsBySpan =
        SmallWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<StakeholderDefinition> FindAll(string text)
    {
        var found = new List<StakeholderDefinition>();
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOf(')', open + 1);
            if (close < 0) break;
            if (close - open - 1 is < 2 or > 40) continue;
            var code = text.AsSpan(open + 1, close - open - 1);
            if (code.Contains('(') || !LooksLikeCode(code)) continue;
            var start = FindNameStart(text, open, code);
            if (start >= 0) found.Add(new StakeholderDefinition(code.ToString(), text[start..open].TrimEnd(), start, close + 1));
        }
        return found;
    }

    /// <summary>"AI", "JS1", "PRI-Central Asia": starts with a capital and has at least two.</summary>
    public static bool LooksLikeCode(string code) => LooksLikeCode(code.AsSpan());

    private static bool LooksLikeCode(ReadOnlySpan<char> code)
    {
        if (!char.IsUpper(code[0])) return false;
        var capitals = 0;
        foreach (var c in code)
        {
            if (char.IsUpper(c)) capitals++;
            if (!(char.IsLetterOrDigit(c) || c is '-' or ' ' or '&')) return false;
        }
        return capitals >= 2;
    }

    private static int FindNameStart(string text, int open, ReadOnlySpan<char> code)
    {
        // A code is at most 40 characters (checked by the caller), so are its initials.
        Span<char> initials = stackalloc char[code.Length];
        var count = 0;
        foreach (var c in code)
            if (char.IsUpper(c)) initials[count++] = c;
        var next = count - 1;
        var end = open;
        while (end > 0 && text[end - 1] == ' ') end--;
        var start = -1;
        for (var wordEnd = end; wordEnd > 0 && next >= 0;)
        {
            var wordStart = wordEnd;
            while (wordStart > 0 && !IsWordBreak(text[wordStart - 1])) wordStart--;
            if (wordStart == wordEnd) return -1;
            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (char.ToUpperInvariant(word[0]) == initials[next])
            {
                next--;
                start = wordStart;
            }
            else if (!SmallWordsBySpan.Contains(word)) return -1;
            wordEnd = wordStart;
            while (wordEnd > 0 && IsWordBreak(text[wordEnd - 1]) && text[wordEnd - 1] is ' ' or '-') wordEnd--;
            if (wordEnd > 0 && IsWordBreak(text[wordEnd - 1])) break;
        }
        if (next >= 0 || start < 0 || !char.IsUpper(text[start])) return -1;
        if (start >= 4 && string.CompareOrdinal(text, start - 4, "The ", 0, 4) == 0) start -= 4;
        return start;
    }

    private static bool IsWordBreak(char c) => !char.IsLetterOrDigit(c) && c is not ('’' or '\'');
}
