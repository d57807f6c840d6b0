namespace ReportForge.Core.Enrichment;

/// <summary>
/// The country under review: the UN Member State the text names most often ("Kazakhstan" in a
/// summary on Kazakhstan; neighbours and other states are named far less). Matches whole words and
/// the longest name at each place ("Equatorial Guinea" is not "Guinea").
/// </summary>
internal sealed class CountryDetector
{
    /// <summary>Names by their first word, longest first; built once.</summary>
    private static readonly Dictionary<string, List<(string[] Words, string Name)>> ByFirstWord = BuildIndex();

    private static readonly WordPrefilter MayBeFirstWord = new(ByFirstWord.Keys, ignoreCase: false);

    private readonly Dictionary<string, List<(string[] Words, string Name)>> _byFirstWord = ByFirstWord;
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    private static Dictionary<string, List<(string[] Words, string Name)>> BuildIndex()
    {
        var index = new Dictionary<string, List<(string[] Words, string Name)>>(StringComparer.Ordinal);
        foreach (var name in MemberStates.Names) Add(index, name, name);
        foreach (var (former, current) in MemberStates.FormerNames) Add(index, former, current);
        foreach (var list in index.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        return index;
    }

    /// <summary>Counts the states named in <paramref name="text"/>.</summary>
    public void Count(string text)
    {
        var lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var at = 0;
        // Only words that could begin a name are looked up ("Kazakhstan", never "noted").
        while (MayBeFirstWord.Next(text, ref at, out var word, lettersOnly: true))
        {
            if (!lookup.TryGetValue(text.AsSpan()[word], out var names)) continue;
            foreach (var (nameWords, name) in names)
            {
                if (!Matches(text, at, nameWords, out var end)) continue;
                _counts[name] = _counts.GetValueOrDefault(name) + 1;
                at = end;
                break;
            }
        }
    }

    /// <summary>The state named most often, or null when none is named.</summary>
    public string? MostNamed() =>
        _counts.Count == 0 ? null
        : _counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;

    /// <summary>The state <paramref name="line"/> names by itself ("Kazakhstan*" on a cover page), or null.</summary>
    /// <summary>The State a title names at its end: "Summary of stakeholders' submissions on the United States of America*".</summary>
    public string? NamedInTitle(string title)
    {
        var on = title.LastIndexOf(" on ", StringComparison.OrdinalIgnoreCase);
        if (on < 0) return null;
        var rest = title[(on + 4)..].Trim();
        if (rest.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) rest = rest[4..];
        // The cover spells the State as the UN does ("United States of America"): keep that spelling.
        return SpelledAlone(rest);
    }

    /// <summary>The state a cover line names by itself, as the line spells it ("Iran (Islamic Republic of)*").</summary>
    public string? SpelledAlone(string line)
    {
        var text = line.TrimEnd('*', ' ');
        return NamedAlone(text) is null ? null : text;
    }

    public string? NamedAlone(string line)
    {
        var text = line.TrimEnd('*', ' ');
        var words = Words.Ranges(text, lettersOnly: true);
        if (words.Count == 0 || !_byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan()[words[0]], out var names)) return null;
        foreach (var (nameWords, name) in names)
            if (nameWords.Length == words.Count && Matches(text, words, 0, nameWords)) return name;
        return null;
    }

    private static void Add(Dictionary<string, List<(string[] Words, string Name)>> index, string spelling, string name)
    {
        var words = Words.Ranges(spelling, lettersOnly: true).Select(r => spelling[r]).ToArray();
        if (!index.TryGetValue(words[0], out var list)) index[words[0]] = list = [];
        list.Add((words, name));
    }

    /// <summary>Whether the words after the first one (which ends at <paramref name="at"/>) are the rest of the name; <paramref name="end"/> is past its last word.</summary>
    private static bool Matches(string text, int at, string[] name, out int end)
    {
        end = at;
        for (var k = 1; k < name.Length; k++)
            if (!Words.Next(text, ref end, out var word, lettersOnly: true) || !text.AsSpan()[word].SequenceEqual(name[k])) return false;
        return true;
    }

    /// <summary>Words as written (case kept: "Chad" is a state, "chad" is not).</summary>
    private static bool Matches(string text, List<Range> words, int at, string[] name)
    {
        if (at + name.Length > words.Count) return false;
        for (var k = 0; k < name.Length; k++)
            if (!text.AsSpan()[words[at + k]].SequenceEqual(name[k])) return false;
        return true;
    }
}
