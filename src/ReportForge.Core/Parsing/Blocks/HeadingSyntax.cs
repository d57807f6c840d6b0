namespace ReportForge.Core.Parsing.Blocks;

/// <summary>
/// Recognises the three numbering schemes of the OHCHR template on a trimmed line:
/// "I. BACKGROUND AND FRAMEWORK", "A. Scope of international obligations", and
/// "1. Equality and non-discrimination" (which looks exactly like a paragraph number: the block
/// parser decides between the two from the numbering sequences).
/// </summary>
internal static class HeadingSyntax
{
    private static readonly string[] Romans =
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

    public static string Roman(int number) => Romans[number - 1];

    /// <summary>"II. PROMOTION AND …" → 2.</summary>
    public static bool TryPart(string line, out int number, out string title)
    {
        number = 0;
        title = "";
        var dot = line.IndexOf('.');
        if (dot <= 0 || dot > 5 || !StartsTitle(line, dot + 1, out var start)) return false;
        var index = RomanIndex(line.AsSpan(0, dot));
        if (index < 0) return false;
        number = index + 1;
        title = line[start..];
        return true;
    }

    /// <summary>"B. Implementation of …" → 'B'.</summary>
    public static bool TryLettered(string line, out char letter, out string title)
    {
        letter = '\0';
        title = "";
        if (line.Length < 4 || !char.IsAsciiLetterUpper(line[0]) || line[1] != '.' || !StartsTitle(line, 2, out var start))
            return false;
        letter = line[0];
        title = line[start..];
        return true;
    }

    /// <summary>"10. JS1 indicated …", "1." or "2. Right to life…": the number and what follows it.</summary>
    public static bool TryNumbered(string line, out int number, out ReadOnlySpan<char> rest, out int restOffset)
    {
        number = 0;
        rest = "";
        restOffset = line.Length;
        var digits = 0;
        while (digits < line.Length && digits < 5 && char.IsAsciiDigit(line[digits])) digits++;
        if (digits == 0 || digits > 4 || digits >= line.Length || line[digits] != '.') return false;
        if (digits + 1 < line.Length && line[digits + 1] != ' ') return false;
        number = int.Parse(line.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
        if (number == 0) return false;
        restOffset = digits + 1;
        while (restOffset < line.Length && line[restOffset] == ' ') restOffset++;
        rest = line.AsSpan(restOffset);
        return true;
    }

    /// <summary>A numbered title rather than the start of a paragraph: short, no full stop at its end.</summary>
    public static bool LooksLikeTitle(ReadOnlySpan<char> text) =>
        text.Length is > 0 and <= 200
        && char.IsUpper(text[0])
        && !text.TrimEnd("0123456789").EndsWith('.')
        && !text.Contains(". ", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="next"/> carries on a heading that wrapped onto a second line.</summary>
    public static bool ContinuesTitle(string title, string next)
    {
        if (next.Length == 0 || next.Length > 200 || next.EndsWith('.')) return false;
        if (char.IsLower(next[0])) return true;
        if (title.EndsWith(',') || EndsWithJoiningWord(title)) return true;
        return IsUpperCase(title) && IsUpperCase(next);
    }

    public static bool IsUpperCase(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters > 1;
    }

    private static bool EndsWithJoiningWord(string title)
    {
        var space = title.LastIndexOf(' ');
        var last = title[(space + 1)..].ToLowerInvariant();
        return last is "and" or "of" or "the" or "to" or "in" or "on" or "for" or "with" or "or";
    }

    private static int RomanIndex(ReadOnlySpan<char> numeral)
    {
        for (var i = 0; i < Romans.Length; i++)
            if (numeral.SequenceEqual(Romans[i])) return i;
        return -1;
    }

    private static bool StartsTitle(string line, int from, out int start)
    {
        start = from;
        if (start >= line.Length || line[start] != ' ') return false;
        while (start < line.Length && line[start] == ' ') start++;
        return start < line.Length && char.IsUpper(line[start]);
    }
}
