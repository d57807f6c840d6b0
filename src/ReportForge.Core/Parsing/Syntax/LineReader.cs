namespace ReportForge.Core.Parsing.Syntax;

/// <summary>
/// Splits text into <see cref="SourceLine"/>s. Accepts <c>\n</c>, <c>\r\n</c> and <c>\r</c>; turns tabs,
/// form feeds (pdftotext's page breaks), no-break spaces and other control characters into spaces
/// so that columns stay true to the source.
/// </summary>
internal sealed class LineReader
{
    private readonly List<SourceLine> _lines;
    private int _next;

    public LineReader(string text) => _lines = Split(text);

    public IReadOnlyList<SourceLine> Lines => _lines;

    public bool AtEnd => _next >= _lines.Count;

    /// <summary>Index of the line <see cref="Read"/> returns next.</summary>
    public int Position => _next;

    public SourceLine Read() => _lines[_next++];

    /// <summary>The line <paramref name="ahead"/> lines after the next one, or null past the end.</summary>
    public SourceLine? Peek(int ahead = 0) =>
        _next + ahead < _lines.Count ? _lines[_next + ahead] : null;

    public static List<SourceLine> Split(string text)
    {
        // Sized from the line feeds (vectorised count) so the list is not regrown and copied as it fills.
        var lines = new List<SourceLine>(text.AsSpan().Count('\n') + 1);
        var buffer = new char[Math.Min(text.Length, 4096)];
        var number = 1;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r') continue;
            lines.Add(MakeLine(text, start, i - start, number++, ref buffer));
            if (i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        // A final newline does not open another line.
        if (lines.Count > 1 && lines[^1].IsBlank && (text.EndsWith('\n') || text.EndsWith('\r')))
            lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    private static SourceLine MakeLine(string text, int start, int length, int number, ref char[] buffer)
    {
        if (buffer.Length < length) buffer = new char[length];
        for (var k = 0; k < length; k++)
        {
            // Printable ASCII (the bulk of any summary) needs no cleaning.
            var c = text[start + k];
            buffer[k] = c is >= ' ' and <= '~' ? c : Clean(c);
        }
        var first = 0;
        while (first < length && buffer[first] == ' ') first++;
        var last = length;
        while (last > first && buffer[last - 1] == ' ') last--;
        return new SourceLine(number, first + 1, new string(buffer, first, last - first));
    }

    private static char Clean(char c) =>
        c == '\u00A0' || c == '\uFEFF' || char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c;
}
