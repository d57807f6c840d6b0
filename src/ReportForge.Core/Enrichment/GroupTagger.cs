using ReportForge.Core.Model;

namespace ReportForge.Core.Enrichment;

/// <summary>
/// Tags text with affected groups from the taxonomy: a keyword matches whole words, ignoring case
/// ("women" matches "women’s", never "womenfolk"; "asylum seekers" matches "asylum-seekers").
/// </summary>
internal sealed class GroupTagger
{
    private readonly Dictionary<string, List<(string[] Words, string GroupId)>> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _order;

    public GroupTagger(IReadOnlyList<AffectedGroup> groups)
    {
        _order = groups.Select(g => g.Id).ToList();
        foreach (var group in groups)
            foreach (var keyword in group.Keywords)
            {
                var words = Words.Tokens(keyword).ToArray();
                if (words.Length == 0) continue;
                if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = [];
                list.Add((words, group.Id));
            }
    }

    /// <summary>Ids of the groups <paramref name="text"/> is about, in taxonomy order.</summary>
    public IReadOnlyList<string> Tag(string text)
    {
        if (_byFirstWord.Count == 0) return [];
        // spans of the text itself are looked up: tagging runs for every statement and ask
        var words = Words.Ranges(text);
        var lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        HashSet<string>? found = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!lookup.TryGetValue(text.AsSpan()[words[i]], out var keywords)) continue;
            foreach (var (keyword, id) in keywords)
                if (Matches(text, words, i, keyword)) (found ??= new(StringComparer.Ordinal)).Add(id);
        }
        return found is null ? [] : _order.Where(found.Contains).ToList();
    }

    private static bool Matches(string text, List<Range> words, int at, string[] keyword)
    {
        if (at + keyword.Length > words.Count) return false;
        for (var k = 1; k < keyword.Length; k++)
            if (!text.AsSpan()[words[at + k]].Equals(keyword[k], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }
}
