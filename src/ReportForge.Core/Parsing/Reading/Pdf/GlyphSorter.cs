using System.Buffers;

namespace ReportForge.Core.Parsing.Reading.Pdf;

/// <summary>
/// Sorts letters top to bottom or left to right, ties kept in the order the page draws them. Small
/// (coordinate, order) keys are sorted and each letter is moved once: sorting the letters themselves
/// through a comparison delegate took as long as PdfPig's reading of the page. One sorter per document
/// reuses its buffers for every page, and they come from the shared pool: a page's worth is a large-object
/// allocation, which cost a collection now and then when each document made its own.
/// </summary>
internal sealed class GlyphSorter : IDisposable
{
    private Key[] _keys = ArrayPool<Key>.Shared.Rent(4096);
    private Glyph[] _moved = ArrayPool<Glyph>.Shared.Rent(4096);

    /// <summary>
    /// Highest baseline first. <paramref name="page"/> holds a page's letters in content-stream order, where
    /// a line comes as runs of letters on one baseline: the runs are sorted, a few dozen keys a page instead
    /// of thousands, and since a run is a stretch of the stream, no two runs interleave.
    /// </summary>
    public void TopToBottom(Span<Glyph> page)
    {
        if (page.Length < 2) return;
        Reserve(page.Length);
        var runs = 0;
        for (var i = 0; i < page.Length; i++)
        {
            if (i > 0 && page[i].Baseline == page[i - 1].Baseline) continue;
            if (runs > 0) _keys[runs - 1] = _keys[runs - 1] with { Length = i - _keys[runs - 1].Slot };
            _keys[runs++] = new Key(-page[i].Baseline, page[i].Order, i, 0);
        }
        _keys[runs - 1] = _keys[runs - 1] with { Length = page.Length - _keys[runs - 1].Slot };
        Reorder(page, _keys.AsSpan(0, runs));
    }

    /// <summary>Leftmost first.</summary>
    public void LeftToRight(Span<Glyph> row)
    {
        if (row.Length < 2 || InOrder(row)) return;
        Reserve(row.Length);
        for (var i = 0; i < row.Length; i++) _keys[i] = new Key(row[i].X, row[i].Order, i, 1);
        Reorder(row, _keys.AsSpan(0, row.Length));
    }

    public void Dispose()
    {
        ArrayPool<Key>.Shared.Return(_keys);
        ArrayPool<Glyph>.Shared.Return(_moved, clearArray: true);
    }

    /// <summary>Most rows come from the content stream left to right already: checked before any key is made.</summary>
    private static bool InOrder(ReadOnlySpan<Glyph> row)
    {
        for (var i = 1; i < row.Length; i++)
        {
            var c = row[i - 1].X.CompareTo(row[i].X);
            if (c > 0 || (c == 0 && row[i - 1].Order > row[i].Order)) return false;
        }
        return true;
    }

    private void Reserve(int count)
    {
        if (_keys.Length >= count) return;
        Dispose();
        _keys = ArrayPool<Key>.Shared.Rent(count);
        _moved = ArrayPool<Glyph>.Shared.Rent(count);
    }

    /// <summary>Sorts the keys and moves each stretch they stand for into place; most rows come in order already.</summary>
    private void Reorder(Span<Glyph> glyphs, Span<Key> keys)
    {
        var sorted = true;
        for (var i = 1; i < keys.Length && sorted; i++) sorted = keys[i - 1].CompareTo(keys[i]) <= 0;
        if (sorted) return;
        keys.Sort();
        var moved = _moved.AsSpan(0, glyphs.Length);
        glyphs.CopyTo(moved);
        var at = 0;
        foreach (var key in keys)
        {
            moved.Slice(key.Slot, key.Length).CopyTo(glyphs[at..]);
            at += key.Length;
        }
    }

    /// <summary>A stretch of letters: its coordinate, its place in the content stream for ties, where it sits now, and how long it is.</summary>
    private readonly record struct Key(double Value, int Order, int Slot, int Length) : IComparable<Key>
    {
        public int CompareTo(Key other)
        {
            var c = Value.CompareTo(other.Value);
            return c != 0 ? c : Order.CompareTo(other.Order);
        }
    }
}
