using System.Globalization;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing.Inline;

/// <summary>A marker found in a block's source text: <c>Text[Start..Start+Length]</c> is footnote <c>Number</c>.</summary>
internal readonly record struct MarkerSpan(int Start, int Length, int Number);

/// <summary>
/// Finds footnote markers. "Footnote markers are numbered 1..N in reading order": the next expected
/// number is the key. A number in a doubtful place (glued to a code as in "JS3", or after "2." as in
/// "ICCPR–OP 2.2") is taken only when no clear marker with that number comes before the next one.
/// </summary>
internal sealed class FootnoteScanner
{
    /// <summary>How far ahead a lost marker may be: "footnotes 12–14 not found" rather than losing the thread.</summary>
    private const int MaxSkip = 20;

    private readonly DiagnosticBag _diagnostics;
    private int _expected = 1;

    public FootnoteScanner(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    /// <summary>The number the next marker should carry.</summary>
    public int Expected => _expected;

    /// <summary>Markers of every block, in the blocks' order.</summary>
    public List<MarkerSpan>[] Scan(IReadOnlyList<TextBlockNode> blocks)
    {
        var result = new List<MarkerSpan>[blocks.Count];
        var clear = blocks.Select(b => ClearMarkers.Of(b.Source.Text)).ToArray();
        for (var k = 0; k < blocks.Count; k++)
            result[k] = ScanBlock(blocks[k], clear[k], k + 1 < blocks.Count ? clear[k + 1] : null);
        return result;
    }

    /// <remarks>Only paragraphs may skip ahead past a lost marker; a cover page has numbers of all kinds.</remarks>
    private List<MarkerSpan> ScanBlock(TextBlockNode block, ClearMarkers clear, ClearMarkers? next)
    {
        var markers = new List<MarkerSpan>();
        var source = block.Source;
        var mayResync = block.Number is not null;
        var text = source.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i])) continue;
            var end = i;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
            var marker = block.IsHeading && IsTitleEnd(text, i, end) ? new MarkerSpan(i, end - i, _expected)
                : Match(text, i, end, clear, next, source, mayResync);
            if (marker is { } m)
            {
                markers.Add(m);
                _expected = m.Number + 1;
            }
            i = end - 1;
        }
        return markers;
    }

    /// <summary>"… public and political life 50": a heading's last word, then the expected number.</summary>
    private bool IsTitleEnd(string text, int start, int end) =>
        end == text.Length && start >= 2 && text[start - 1] == ' ' && char.IsLetter(text[start - 2])
        && int.TryParse(text.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
        && value == _expected;

    private MarkerSpan? Match(string text, int start, int end, ClearMarkers clear, ClearMarkers? next, SourceText source, bool mayResync)
    {
        var context = MarkerContexts.Classify(text, start, end);
        // A long run may still end in a marker: "2017-2021114" is a year range and footnote 114.
        if (context == MarkerContext.None || end - start > 9
            || (end - start > 6 && context is not (MarkerContext.Code or MarkerContext.Decimal))) return null;
        // "Distr.: General 1 September 2025": outside paragraphs a number after a word is never taken.
        if (context == MarkerContext.AfterWord && !mayResync) return null;
        var value = int.Parse(text.AsSpan(start, end - start), CultureInfo.InvariantCulture);
        if (MarkerContexts.IsStrong(context))
        {
            if (value == _expected) return new MarkerSpan(start, end - start, value);
            if (mayResync && context == MarkerContext.Glued && value > _expected && value <= _expected + MaxSkip)
            {
                var (line, column) = source.Locate(start);
                _diagnostics.Warning(line, column, value == _expected + 1
                    ? $"footnote {_expected} not found before footnote {value}"
                    : $"footnotes {_expected}–{value - 1} not found before footnote {value}");
                return new MarkerSpan(start, end - start, value);
            }
            return null;
        }
        // Doubtful places: the whole run, or for a code ("JS230") its tail.
        // Formatted in place: doubtful numbers are common ("article 10", "JS3").
        Span<char> expected = stackalloc char[11];
        _expected.TryFormat(expected, out var written, provider: CultureInfo.InvariantCulture);
        expected = expected[..written];
        var length = value == _expected ? end - start
            : context is MarkerContext.Code or MarkerContext.Decimal && end - start > expected.Length
              && text.AsSpan(end - expected.Length, expected.Length).SequenceEqual(expected) ? expected.Length
            : 0;
        if (length == 0 || ClearMarkerComesFirst(clear, next, end)) return null;
        return new MarkerSpan(end - length, length, _expected);
    }

    /// <summary>Whether a clear marker for the expected number comes before a clear one for the number after it.</summary>
    private bool ClearMarkerComesFirst(ClearMarkers clear, ClearMarkers? next, int from)
    {
        var same = clear.NextAt(_expected, from);
        var following = clear.NextAt(_expected + 1, from);
        if (same >= 0 || following >= 0) return same >= 0 && (following < 0 || same < following);
        if (next is null) return false;
        same = next.NextAt(_expected, 0);
        following = next.NextAt(_expected + 1, 0);
        return same >= 0 && (following < 0 || same < following);
    }
}
