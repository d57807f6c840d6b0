namespace ReportForge.Core.Enrichment;

/// <summary>Small helpers for reading words out of running text.</summary>
internal static class Words
{
    /// <summary>True when no letter or digit touches <c>text[start..end]</c> on either side.</summary>
    public static bool IsWholeWord(string text, int start, int end) => IsWholeWord(text.AsSpan(), start, end);

    /// <inheritdoc cref="IsWholeWord(string, int, int)"/>
    public static bool IsWholeWord(ReadOnlySpan<char> text, int start, int end) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]));

    /// <summary>Whether <paramref name="text"/> has <paramref name="word"/> at <paramref name="at"/> as a whole word.</summary>
    public static bool At(string text, int at, string word, StringComparison comparison = StringComparison.Ordinal) =>
        at >= 0 && at + word.Length <= text.Length
        && string.Compare(text, at, word, 0, word.Length, comparison) == 0
        && IsWholeWord(text, at, at + word.Length);

    public static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] == ' ') at++;
        return at;
    }

    /// <summary>Lower-case words of <paramref name="text"/>: letters and digits, split at everything else.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                tokens.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return tokens;
    }

    /// <summary>
    /// The next run of letters and digits at or after <paramref name="at"/>, without copying it;
    /// <paramref name="at"/> moves past it. The same words as <see cref="Tokens"/>, one at a time.
    /// </summary>
    public static bool Next(ReadOnlySpan<char> text, ref int at, out Range word, bool lettersOnly = false)
    {
        var start = at;
        while (start < text.Length && !IsWordChar(text[start], lettersOnly)) start++;
        var end = start;
        while (end < text.Length && IsWordChar(text[end], lettersOnly)) end++;
        at = end;
        word = new Range(start, end);
        return end > start;
    }

    /// <summary>A character of a word: a letter or digit, or with <paramref name="lettersOnly"/> a letter.</summary>
    public static bool IsWordChar(char c, bool lettersOnly) => lettersOnly ? char.IsLetter(c) : char.IsLetterOrDigit(c);

    /// <summary>
    /// Where the words of <paramref name="text"/> are, without copying them: runs of letters and digits
    /// (or letters only). Lookups then compare spans of the text itself.
    /// </summary>
    public static List<Range> Ranges(string text, bool lettersOnly = false)
    {
        var ranges = new List<Range>(text.Length / 6);
        var at = 0;
        while (Next(text, ref at, out var word, lettersOnly)) ranges.Add(word);
        return ranges;
    }
}
