namespace ReportForge.Core.Parsing.Blocks;

/// <summary>
/// Running headers and footers that pdftotext leaves in the middle of paragraphs:
/// <c>A/HRC/WG.6/7/KAZ/3</c>, <c>Page 2</c>, bare page numbers, <c>GE.09-17008 (E) 101209</c>,
/// rules of underscores, "Please recycle".
/// </summary>
internal static class PageFurniture
{
    public static bool IsFurniture(string line)
    {
        if (line.Length == 0) return false;
        if (line.Length >= 3 && IsRule(line)) return true;
        if (line.Equals("Please recycle", StringComparison.OrdinalIgnoreCase)) return true;
        // Tokens are read in place: every line of the document comes through here.
        foreach (var range in line.AsSpan().Split(' '))
        {
            var token = line.AsSpan()[range];
            if (token.Length > 0 && !IsFurnitureToken(token)) return false;
        }
        return true;
    }

    /// <summary>"A/HRC/WG.6/7/KAZ/3": capitals, digits, dots and at least two slashes.</summary>
    public static bool IsDocumentSymbol(string token) => IsDocumentSymbol(token.AsSpan());

    /// <inheritdoc cref="IsDocumentSymbol(string)"/>
    public static bool IsDocumentSymbol(ReadOnlySpan<char> token)
    {
        if (token.Length < 5 || !char.IsAsciiLetterUpper(token[0])) return false;
        var slashes = 0;
        foreach (var c in token)
        {
            if (c == '/') slashes++;
            else if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c) && c != '.' && c != '-') return false;
        }
        return slashes >= 2;
    }

    private static bool IsFurnitureToken(ReadOnlySpan<char> token) =>
        IsDocumentSymbol(token)
        || token is "Page" or "page" or "(E)" or "(F)" or "(S)"
        || (token.Length <= 6 && AllDigits(token))
        || (token.StartsWith("GE.", StringComparison.Ordinal) && token.Length > 3 && char.IsAsciiDigit(token[3]))
        || (token.Length > 2 && token[0] == '*' && token[^1] == '*' && AllDigits(token[1..^1]));

    private static bool AllDigits(ReadOnlySpan<char> token) => !token.ContainsAnyExceptInRange('0', '9');

    private static bool IsRule(string line)
    {
        foreach (var c in line)
            if (c != '_' && c != '-' && c != ' ' && c != '—' && c != '–') return false;
        return true;
    }
}
