namespace ReportForge.Core.Parsing.Syntax;

/// <summary>
/// Text joined from several source lines that still knows, for every character, the line and
/// column it came from, so markers and diagnostics can point into the UN text.
/// </summary>
internal sealed class SourceText
{
    /// <summary>The lines as appended; the joined text is built once, at its exact length, when first read.</summary>
    private readonly List<(int Start, int Line, int Column, string Text)> _pieces = [];
    private int _length;
    private string? _built;

    public bool IsEmpty => _length == 0;

    public int Length => _length;

    public string Text => _built ??= Build();

    /// <summary>
    /// Appends a line, joining it to the previous one with a space, or with nothing after a
    /// line-end hyphen ("anti-" + "discrimination" → "anti-discrimination").
    /// </summary>
    public void Append(SourceLine line)
    {
        if (line.IsBlank) return;
        var hyphen = _length > 1 && CharAt(_length - 1) == '-' && char.IsLetter(CharAt(_length - 2));
        if (_length > 0 && !hyphen) _length++;
        _pieces.Add((_length, line.Number, line.Column, line.Text));
        _length += line.Text.Length;
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

    /// <summary>A character of the joined text near its end, without building it; between two lines is their joining space.</summary>
    private char CharAt(int index)
    {
        for (var p = _pieces.Count - 1; p >= 0; p--)
        {
            var (start, _, _, text) = _pieces[p];
            if (index < start) continue;
            return index - start < text.Length ? text[index - start] : ' ';
        }
        return ' ';
    }

    private string Build() =>
        string.Create(_length, _pieces, static (span, pieces) =>
        {
            var at = 0;
            foreach (var (start, _, _, text) in pieces)
            {
                if (start > at) span[at] = ' ';
                text.CopyTo(span[start..]);
                at = start + text.Length;
            }
        });
}
