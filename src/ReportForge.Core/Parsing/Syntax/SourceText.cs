namespace ReportForge.Core.Parsing.Syntax;

/// <summary>
/// Text joined from several source lines that still knows, for every character, the line and
/// column it came from, so markers and diagnostics can point into the UN text.
/// </summary>
internal sealed class SourceText
{
    private readonly System.Text.StringBuilder _text = new();
    private readonly List<(int Start, int Line, int Column)> _pieces = [];
    private string? _built;

    public bool IsEmpty => _text.Length == 0;

    public int Length => _text.Length;

    public string Text => _built ??= _text.ToString();

    /// <summary>
    /// Appends a line, joining it to the previous one with a space, or with nothing after a
    /// line-end hyphen ("anti-" + "discrimination" → "anti-discrimination").
    /// </summary>
    public void Append(SourceLine line)
    {
        if (line.IsBlank) return;
        var hyphen = _text.Length > 1 && _text[^1] == '-' && char.IsLetter(_text[^2]);
        if (_text.Length > 0 && !hyphen) _text.Append(' ');
        _pieces.Add((_text.Length, line.Number, line.Column));
        _text.Append(line.Text);
        _built = null;
    }

    /// <summary>The 1-based line and column of character <paramref name="index"/>.</summary>
    public (int Line, int Column) Locate(int index)
    {
        if (_pieces.Count == 0) return (0, 0);
        int lo = 0, hi = _pieces.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_pieces[mid].Start <= index) lo = mid; else hi = mid - 1;
        }
        var piece = _pieces[lo];
        return (piece.Line, piece.Column + Math.Max(0, index - piece.Start));
    }
}
