namespace ReportForge.Core.Parsing.Blocks;

/// <summary>
/// Finds the next paragraph starting in the middle of a line, as when a copy from the PDF runs
/// paragraphs together: "… and enact implementing legislation.4 2. JS1 noted that …".
/// Only the next expected number counts, and only after the end of a sentence.
/// </summary>
internal static class RunTogetherParagraphs
{
    public static int Find(string text, int expectedNumber, int from = 0) => Find(text, expectedNumber, from, afterTitle: false);

    /// <summary>
    /// The next paragraph after a heading on the same line: "Right to health 45. AI noted…" (no end of
    /// sentence before it); 0 when the line starts with it.
    /// </summary>
    public static int FindAfterTitle(string text, int expectedNumber) => Find(text, expectedNumber, 0, afterTitle: true);

    private static int Find(string text, int expectedNumber, int from, bool afterTitle)
    {
        // "12." formatted in place: this runs for every line of paragraph text.
        Span<char> needle = stackalloc char[12];
        expectedNumber.TryFormat(needle, out var digits, provider: System.Globalization.CultureInfo.InvariantCulture);
        needle[digits] = '.';
        needle = needle[..(digits + 1)];
        for (var at = IndexOf(text, needle, from); at >= 0; at = IndexOf(text, needle, at + 1))
        {
            if (afterTitle ? StartsAfterTitle(text, at, needle.Length) : StartsParagraph(text, at, needle.Length)) return at;
        }
        return -1;
    }

    private static int IndexOf(string text, ReadOnlySpan<char> needle, int from)
    {
        var at = text.AsSpan(from).IndexOf(needle);
        return at < 0 ? -1 : from + at;
    }

    private static bool StartsAfterTitle(string text, int at, int length)
    {
        if (!TextFollows(text, at + length)) return false;
        if (at == 0) return true;
        // After a title: a letter, or a footnote marker glued to one ("Right to health71 45. AI…").
        var i = at - 1;
        if (text[i] != ' ') return false;
        while (i >= 0 && text[i] == ' ') i--;
        while (i >= 0 && char.IsAsciiDigit(text[i])) i--;
        return i >= 0 && (char.IsLetter(text[i]) || text[i] == ')');
    }

    private static bool TextFollows(string text, int after)
    {
        if (after + 1 >= text.Length || text[after] != ' ') return false;
        while (after < text.Length && text[after] == ' ') after++;
        return after < text.Length && (char.IsUpper(text[after]) || text[after] is '“' or '"');
    }

    private static bool StartsParagraph(string text, int at, int length)
    {
        if (!TextFollows(text, at + length)) return false;
        // Before the number: blanks, then an optional footnote marker, then the end of a sentence.
        var i = at - 1;
        if (i < 0 || text[i] != ' ') return false;
        while (i >= 0 && text[i] == ' ') i--;
        while (i >= 0 && char.IsAsciiDigit(text[i])) i--;
        if (i < 0 || text[i] is not ('.' or ')' or '”' or '"' or '’')) return false;
        return text[i] != '.' || !EndsWithAbbreviation(text, i);
    }

    private static bool EndsWithAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        var word = text[start..dot];
        return word is "No" or "no" or "art" or "para" or "p" or "pp" or "Art" or "Vol" || word.Length == 1;
    }
}
