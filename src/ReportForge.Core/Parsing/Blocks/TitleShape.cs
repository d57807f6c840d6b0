namespace ReportForge.Core.Parsing.Blocks;

/// <summary>
/// The shape of a line that titles what follows rather than running on: "Right to health71",
/// "Women", "Fundamental freedoms and the right to participate in public and political life 50"
/// (from 2017 the thematic headings carry no number, only their italics, which text loses).
/// </summary>
internal static class TitleShape
{
    private const int MaxLength = 160;
    private const int MaxWords = 22;

    /// <summary>A title: a capital first, no sentence inside, no full stop or comma at its end (a footnote marker may follow).</summary>
    public static bool IsTitle(ReadOnlySpan<char> text)
    {
        var core = WithoutTrailingMarker(text);
        if (core.Length is < 3 or > MaxLength || !char.IsUpper(core[0])) return false;
        if (!char.IsLetter(core[^1]) && core[^1] != ')') return false;
        if (core.Contains(". ", StringComparison.Ordinal) || core.Contains(": ", StringComparison.Ordinal)) return false;
        return core.Count(' ') < MaxWords;
    }

    /// <summary>"Women73" → "Women", "… political life 50" → "… political life".</summary>
    public static ReadOnlySpan<char> WithoutTrailingMarker(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (end > 0 && char.IsAsciiDigit(text[end - 1])) end--;
        if (end == text.Length || end == 0 || text.Length - end > 3) return text;
        return text[..end].TrimEnd(' ');
    }

    /// <summary>
    /// Whether a line closes a sentence, so that what follows may be a title: "… adopted in 2015.23",
    /// "… status. 11", "… (2001).23", "… “erased”.29".
    /// </summary>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        var end = text.TrimEnd(' ').Length;
        while (end > 0 && char.IsAsciiDigit(text[end - 1])) end--;
        while (end > 0 && text[end - 1] == ' ') end--;
        if (end == 0) return false;
        var last = text[end - 1];
        if (last is '.' or '!' or '?') return true;
        return last is '”' or '"' or '’' or ')' && end > 1 && text[end - 2] is '.' or '!' or '?';
    }
}
