using System.Globalization;

namespace ReportForge.Core.Parsing.Inline;

/// <summary>Where each number stands in a clear marker place in one block: an index for looking ahead.</summary>
internal sealed class ClearMarkers
{
    /// <summary>(number, position) pairs, sorted: one array per block instead of a list per number.</summary>
    private readonly (int Number, int Position)[] _positions;

    private ClearMarkers((int, int)[] positions) => _positions = positions;

    public static ClearMarkers Of(string text)
    {
        List<(int, int)>? found = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i])) continue;
            var end = i;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
            if (end - i <= 6 && MarkerContexts.IsStrong(MarkerContexts.Classify(text, i, end)))
            {
                var value = int.Parse(text.AsSpan(i, end - i), CultureInfo.InvariantCulture);
                (found ??= []).Add((value, i));
            }
            i = end - 1;
        }
        if (found is null) return new ClearMarkers([]);
        var positions = found.ToArray();
        // By number, then position: each number's positions are one ascending run to search in.
        Array.Sort(positions, (a, b) => a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : a.Item2.CompareTo(b.Item2));
        return new ClearMarkers(positions);
    }

    /// <summary>The first position at or after <paramref name="from"/> of a clear <paramref name="number"/>, or -1.</summary>
    public int NextAt(int number, int from)
    {
        // The first pair not below (number, from).
        int lo = 0, hi = _positions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var (n, p) = _positions[mid];
            if (n < number || (n == number && p < from)) lo = mid + 1; else hi = mid;
        }
        return lo < _positions.Length && _positions[lo].Number == number ? _positions[lo].Position : -1;
    }
}
