namespace ReportForge.Core.Enrichment;

/// <summary>
/// Splits a paragraph into sentences: a full stop (or ? !), perhaps a closing quote, a space, then a
/// capital, a quote or a digit. "inter alia," and abbreviations such as "No." or "e.g." do not end one.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "No", "no", "Nos", "art", "arts", "para", "paras", "p", "pp", "e.g", "i.e", "etc", "Mr", "Mrs", "Ms", "Dr",
        "St", "Art", "Vol", "vs", "cf", "Inc", "Co", "Ltd", "Jr", "Sr", "Prof", "Gen", "Sept",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationsBySpan =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Start offsets of the sentences; the first is always 0.</summary>
    public static List<int> Starts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '?' or '!')) continue;
            var end = i + 1;
            while (end < text.Length && text[end] is '”' or '"' or '’' or ')') end++;
            if (end >= text.Length || text[end] != ' ') continue;
            var next = end + 1;
            if (next >= text.Length || !StartsSentence(text[next])) continue;
            if (text[i] == '.' && IsAbbreviation(text, i)) continue;
            starts.Add(next);
        }
        return starts;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '“' or '"' or '‘';

    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        var word = text.AsSpan(start, dot - start);
        return AbbreviationsBySpan.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])) || IsInitials(word);
    }

    /// <summary>"H.R" of "H.R. 7648", "U.S" of "U.S. Code": single letters between dots.</summary>
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return false;
        for (var i = 0; i < word.Length; i++)
            if ((i % 2 == 0) != char.IsLetter(word[i]) || (i % 2 == 1 && word[i] != '.')) return false;
        return true;
    }
}
