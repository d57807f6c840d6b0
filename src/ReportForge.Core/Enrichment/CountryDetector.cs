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
        var words = WordsOf(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i], out var names)) continue;
            foreach (var (nameWords, name) in names)
            {
                if (!Matches(words, i, nameWords)) continue;
                _counts[name] = _counts.GetValueOrDefault(name) + 1;
                i += nameWords.Length - 1;
                break;
            }
        }
    }

    /// <summary>The state named most often, or null when none is named.</summary>
    public string? MostNamed() =>
        _counts.Count == 0 ? null
        : _counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;

    /// <summary>The state <paramref name="line"/> names by itself ("Kazakhstan*" on a cover page), or null.</summary>
    public string? NamedAlone(string line)
    {
        var words = WordsOf(line.TrimEnd('*', ' '));
        if (words.Count == 0 || !_byFirstWord.TryGetValue(words[0], out var names)) return null;
        foreach (var (nameWords, name) in names)
            if (nameWords.Length == words.Count && Matches(words, 0, nameWords)) return name;
        return null;
    }

    private static void Add(Dictionary<string, List<(string[] Words, string Name)>> index, string spelling, string name)
    {
        var words = WordsOf(spelling).ToArray();
        if (!index.TryGetValue(words[0], out var list)) index[words[0]] = list = [];
        list.Add((words, name));
    }

    private static bool Matches(List<string> words, int at, string[] name)
    {
        if (at + name.Length > words.Count) return false;
        for (var k = 0; k < name.Length; k++)
            if (!string.Equals(words[at + k], name[k], StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>Words as written (case kept: "Chad" is a state, "chad" is not), split at anything but letters.</summary>
    private static List<string> WordsOf(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return words;
    }
}
