using System.Globalization;

namespace ReportForge.Core.Parsing.Inline;

/// <summary>Where each number stands in a clear marker place in one block: an index for looking ahead.</summary>
internal sealed class ClearMarkers
{
    private readonly Dictionary<int, List<int>> _positions = [];

    public static ClearMarkers Of(string text)
    {
        var index = new ClearMarkers();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i])) continue;
            var end = i;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
            if (end - i <= 6 && MarkerContexts.IsStrong(MarkerContexts.Classify(text, i, end)))
            {
                var value = int.Parse(text.AsSpan(i, end - i), CultureInfo.InvariantCulture);
                if (!index._positions.TryGetValue(value, out var list)) index._positions[value] = list = [];
                list.Add(i);
            }
            i = end - 1;
        }
        return index;
    }

    /// <summary>The first position at or after <paramref name="from"/> of a clear <paramref name="number"/>, or -1.</summary>
    public int NextAt(int number, int from)
    {
        if (!_positions.TryGetValue(number, out var list)) return -1;
        var at = list.BinarySearch(from);
        if (at < 0) at = ~at;
        return at < list.Count ? list[at] : -1;
    }
}
