namespace ReportForge.Core.Parsing.Reading.Pdf;

/// <summary>
/// Sorts stretches of letters top to bottom or left to right, ties kept in the order the page draws them.
/// Small (coordinate, order) keys are sorted and each letter is moved once: sorting the letters themselves
/// through a comparison delegate took as long as PdfPig's reading of the page. One sorter per document
/// reuses its buffers for every page.
/// </summary>
internal sealed class GlyphSorter
{
    private Key[] _keys = new Key[1024];
    private Glyph[] _moved = new Glyph[1024];

    /// <summary>Highest baseline first.</summary>
    public void TopToBottom(Span<Glyph> glyphs) => Sort(glyphs, byX: false);

    /// <summary>Leftmost first.</summary>
    public void LeftToRight(Span<Glyph> glyphs) => Sort(glyphs, byX: true);

    private void Sort(Span<Glyph> glyphs, bool byX)
    {
        if (glyphs.Length < 2) return;
        if (_keys.Length < glyphs.Length)
        {
            _keys = new Key[glyphs.Length];
            _moved = new Glyph[glyphs.Length];
        }
        var keys = _keys.AsSpan(0, glyphs.Length);
        var sorted = true;
        for (var i = 0; i < glyphs.Length; i++)
        {
            ref readonly var g = ref glyphs[i];
            keys[i] = new Key(byX ? g.X : -g.Baseline, g.Order, i);
            sorted &= i == 0 || keys[i - 1].CompareTo(keys[i]) <= 0;
        }
        // Most rows arrive from the content stream already in order.
        if (sorted) return;
        keys.Sort();
        var moved = _moved.AsSpan(0, glyphs.Length);
        glyphs.CopyTo(moved);
        for (var i = 0; i < keys.Length; i++) glyphs[i] = moved[keys[i].Slot];
    }

    /// <summary>A letter's coordinate, its place in the content stream for ties, and where it sits now.</summary>
    private readonly record struct Key(double Value, int Order, int Slot) : IComparable<Key>
    {
        public int CompareTo(Key other)
        {
            var c = Value.CompareTo(other.Value);
            return c != 0 ? c : Order.CompareTo(other.Order);
        }
    }
}
