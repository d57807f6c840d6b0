using ReportForge.Core.Model;

namespace ReportForge.Core.Enrichment;

/// <summary>
/// Tags text with affected groups from the taxonomy: a keyword matches whole words, ignoring case
/// ("women" matches "women’s", never "womenfolk"; "asylum seekers" matches "asylum-seekers").
/// </summary>
internal sealed class GroupTagger
{
    private readonly Dictionary<string, List<(string[] Words, int Group)>> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(string[] Words, int Group)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordPrefilter _mayBeFirstWord;
    private readonly List<string> _order;
    /// <summary>For each group in taxonomy order, the first group with the same id: a repeated id is one group.</summary>
    private readonly int[] _canonical;

    public GroupTagger(IReadOnlyList<AffectedGroup> groups)
    {
        _order = groups.Select(g => g.Id).ToList();
        var firstOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        _canonical = new int[_order.Count];
        for (var g = 0; g < _order.Count; g++)
        {
            firstOfId.TryAdd(_order[g], g);
            _canonical[g] = firstOfId[_order[g]];
        }
        for (var g = 0; g < groups.Count; g++)
            foreach (var keyword in groups[g].Keywords)
            {
                var words = Words.Tokens(keyword).ToArray();
                if (words.Length == 0) continue;
                if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = [];
                list.Add((words, _canonical[g]));
            }
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _mayBeFirstWord = new WordPrefilter(_byFirstWord.Keys, ignoreCase: true);
    }

    /// <summary>Ids of the groups <paramref name="text"/> is about, in taxonomy order.</summary>
    public IReadOnlyList<string> Tag(string text) => Tag(text.AsSpan());

    /// <inheritdoc cref="Tag(string)"/>
    public IReadOnlyList<string> Tag(ReadOnlySpan<char> text)
    {
        if (_byFirstWord.Count == 0) return [];
        // Only words that could begin a keyword are read, in place: tagging runs for every statement and ask.
        bool[]? found = null;
        var at = 0;
        while (_mayBeFirstWord.Next(text, ref at, out var word))
        {
            if (!_lookup.TryGetValue(text[word], out var keywords)) continue;
            foreach (var (keyword, group) in keywords)
                if (Matches(text, at, keyword)) (found ??= new bool[_order.Count])[group] = true;
        }
        if (found is null) return [];
        var ids = new List<string>();
        for (var g = 0; g < _order.Count; g++)
            if (found[_canonical[g]]) ids.Add(_order[g]);
        return ids;
    }

    /// <summary>Whether the words after the first one (which ends at <paramref name="at"/>) are the rest of the keyword.</summary>
    private static bool Matches(ReadOnlySpan<char> text, int at, string[] keyword)
    {
        for (var k = 1; k < keyword.Length; k++)
            if (!Words.Next(text, ref at, out var word) || !text[word].Equals(keyword[k], StringComparison.OrdinalIgnoreCase))
                return false;
        return true;
    }
}
