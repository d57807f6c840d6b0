namespace ReportForge.Core.Enrichment;

/// <summary>
/// Everything known about stakeholder codes: names the text defines ("Amnesty International (AI)"),
/// names from the endnotes of a full document ("JS1 Joint submission by: …"), and the known list
/// (<c>templates/stakeholders.yaml</c>), in that order of precedence. Reads references in text.
/// </summary>
internal sealed class StakeholderDirectory
{
    /// <summary>Capitalised words and acronyms that begin sentences without being anyone's code.</summary>
    private static readonly HashSet<string> NotCodes = new(StringComparer.Ordinal)
    {
        "It", "They", "He", "She", "This", "That", "These", "Those", "The", "There", "According", "In", "On", "At",
        "As", "While", "Although", "However", "Further", "Furthermore", "Moreover", "Also", "Such", "Some", "Many",
        "Government", "Authorities", "Parliament", "President", "Police", "Court", "Courts", "Council", "Committee",
        "State", "States", "Officials", "Ombudsman", "Women", "Children", "Men", "People", "Law", "Article",
        "NGO", "NGOs", "UN", "UPR", "OHCHR", "NSS", "HIV", "AIDS", "LGBT", "LGBTI", "NPM", "CAT", "ICCPR", "CRC",
        "Special", "Rapporteur", "Kazakh",
        // Quantifiers and sentence adverbs that open a sentence: "Both JS1 and AI noted", "Likewise, JS3 noted".
        "Both", "All", "Several", "Many", "Most", "Other", "Others", "Two", "Three", "Four", "Five", "Additionally",
        "Likewise", "Similarly", "Nevertheless", "Nonetheless", "Meanwhile", "Finally", "Lastly", "Consequently",
        "Accordingly", "Overall", "Notably", "Regarding", "Concerning", "Despite", "Following",
    };

    private readonly Dictionary<string, string> _defined = new(StringComparer.Ordinal);
    /// <summary>Other spellings of a stakeholder ("The Ombudsman" for the institution), not names of its own.</summary>
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> _endnotes;
    private readonly IReadOnlyDictionary<string, string> _known;
    private readonly HashSet<string> _countries;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _countriesBySpan;
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotCodesBySpan = NotCodes.GetAlternateLookup<ReadOnlySpan<char>>();
    private List<string> _codes = [];
    /// <summary>Names (and "the …" for "The …") and codes by their first character, longest first within each.</summary>
    private Dictionary<char, List<(string Spelling, string Code)>> _namesByFirst = [];
    private Dictionary<char, List<string>> _codesByFirst = [];

    public StakeholderDirectory(IReadOnlyDictionary<string, string> known, IReadOnlyDictionary<string, string> endnotes,
        IEnumerable<string> countries)
    {
        _known = known;
        _endnotes = endnotes;
        _countries = new HashSet<string>(countries, StringComparer.Ordinal);
        _countriesBySpan = _countries.GetAlternateLookup<ReadOnlySpan<char>>();
        Rebuild();
    }

    public void AddDefinitions(IEnumerable<StakeholderDefinition> definitions)
    {
        foreach (var d in definitions) _defined.TryAdd(d.Code, d.Name);
        Rebuild();
    }

    /// <summary>The full name of <paramref name="code"/>, or null when nothing spells it out.</summary>
    public string? Name(string code) =>
        _defined.TryGetValue(code, out var n) ? n
        : _endnotes.TryGetValue(code, out n) ? n
        : _known.TryGetValue(code, out n) ? n
        : null;

    public bool IsNamedByText(string code) => _defined.ContainsKey(code);

    /// <summary>Reads <paramref name="spellings"/> as <paramref name="code"/> from now on.</summary>
    public void AddAliases(IEnumerable<string> spellings, string code)
    {
        foreach (var spelling in spellings) _aliases.TryAdd(spelling, code);
        Rebuild();
    }

    /// <summary>Codes with a hyphen, whose hyphen a line break may have eaten ("PRICentral Asia").</summary>
    public IReadOnlyCollection<string> HyphenatedCodes => _codes.Where(c => c.Contains('-')).ToList();

    /// <summary>
    /// A reference to a stakeholder at <paramref name="at"/>: a definition, a full name, a code.
    /// <paramref name="certain"/> is false for a word that merely looks like a code.
    /// </summary>
    public bool TryRead(string text, int at, IReadOnlyList<StakeholderDefinition> definitions,
        out string code, out int end, out bool certain)
    {
        certain = true;
        (code, end) = ("", at);
        // Codes and names begin with a capital ("Forum 18", "AI") or "the" ("the Becket Fund").
        if (at >= text.Length || !(char.IsUpper(text[at]) || text[at] == 't')) return false;
        // "The Council of Europe Commissioner of Human Rights (CoE-Commissioner)": the code in brackets says who is
        // meant, though a shorter known name ("The Council of Europe") begins the same way.
        var name = Words.At(text, at, "The") || Words.At(text, at, "the") ? Words.SkipSpaces(text, at + 3) : at;
        if (TryReadDefinition(text, at, definitions, out code, out end) || TryReadDefinition(text, name, definitions, out code, out end)
            || TryReadNameAndCode(text, name, out code, out end))
            return true;
        // "The Human Rights Ombudsman of the Republic of Slovenia", "The DIHR": a known name or code, after the article too.
        if (TryReadKnown(text, at, out code, out end)) return true;
        if (name != at && TryReadKnown(text, name, out code, out end)) return true;
        certain = false;
        return TryReadCodeShape(text, at, out code, out end);
    }

    /// <summary>
    /// "Commissioner for Human Rights (CoE-Commissioner)", "Joint submission 2 (JS2)": a name, then its code
    /// in brackets, where the code's letters are not the name's initials (so no definition was found).
    /// </summary>
    private static bool TryReadNameAndCode(string text, int at, out string code, out int end)
    {
        (code, end) = ("", at);
        var i = at;
        var words = 0;
        while (i < text.Length && i - at < 160)
        {
            var start = i;
            while (i < text.Length && text[i] != ' ' && text[i] != '(' && text[i] != ',' && text[i] != '.') i++;
            if (i == start) break;
            var word = text.AsSpan(start, i - start);
            // Names may have words in lower case ("Institute of Solidarity for peace and freedom"), not verbs of report.
            if ((words == 0 && (!char.IsUpper(word[0]) || IsAcronym(word))) || ++words > 14 || ReportingVerbs.TryMatch(text, start, out _, out _))
                return false;
            if (i + 1 < text.Length && text[i] == ' ' && text[i + 1] == '(') { i++; break; }
            if (i >= text.Length || text[i] != ' ') return false;
            i++;
        }
        if (words < 2 || i >= text.Length || text[i] != '(') return false;
        var close = text.IndexOf(')', i);
        if (close < 0 || close - i - 1 is < 2 or > 40) return false;
        var inside = text.AsSpan(i + 1, close - i - 1);
        if (inside.Contains(' ') || !char.IsUpper(inside[0])) return false;
        (code, end) = (inside.ToString(), close + 1);
        return true;
    }

    /// <summary>"JS2", "HRW": a code of its own, which "JS2 and the Commissioner … (CoE-Commissioner)" must not swallow.</summary>
    private static bool IsAcronym(ReadOnlySpan<char> word) => word.Length > 1 && char.IsUpper(word[1]) || word.ContainsAnyInRange('0', '9');

    /// <summary>A definition the paragraph makes at <paramref name="at"/>: "Amnesty International (AI)".</summary>
    private static bool TryReadDefinition(string text, int at, IReadOnlyList<StakeholderDefinition> definitions, out string code, out int end)
    {
        (code, end) = ("", at);
        foreach (var d in definitions)
        {
            if (d.NameStart != at) continue;
            (code, end) = JointSubmissionNumber(text, d.Code, d.End);
            return true;
        }
        return false;
    }

    /// <summary>A full name or a code that something names, at <paramref name="at"/>.</summary>
    private bool TryReadKnown(string text, int at, out string code, out int end)
    {
        (code, end) = ("", at);
        if (at >= text.Length) return false;
        // Only names and codes that begin with this character can be here: the rest need no comparing.
        if (_namesByFirst.TryGetValue(text[at], out var names))
            foreach (var (spelling, c) in names)
            {
                if (!Words.At(text, at, spelling)) continue;
                (code, end) = (c, SkipBracketedCode(text, at + spelling.Length, c));
                return true;
            }
        if (_codesByFirst.TryGetValue(text[at], out var codes))
            foreach (var c in codes)
            {
                if (!Words.At(text, at, c) || ContinuesCode(text, at + c.Length)) continue;
                (code, end) = (c, at + c.Length);
                return true;
            }
        return false;
    }

    /// <summary>"CoE" in "CoE-CM", "OSCE" in "OSCE/ODIHR": the code goes on past a hyphen or slash.</summary>
    private static bool ContinuesCode(string text, int end) =>
        end + 1 < text.Length && text[end] is '-' or '/' && char.IsLetterOrDigit(text[end + 1]);

    /// <summary>"Joint Submission (JS) 1 reported": the number after the bracket completes the code.</summary>
    private static (string Code, int End) JointSubmissionNumber(string text, string code, int end)
    {
        if (code != "JS" || end + 1 >= text.Length || text[end] != ' ' || !char.IsAsciiDigit(text[end + 1])) return (code, end);
        var digits = end + 1;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        return digits - end - 1 > 3 ? (code, end) : (code + text[(end + 1)..digits], digits);
    }

    /// <summary>"JS5", "UNHCR", "Earthjustice": a word that could be a code nobody defined.</summary>
    private bool TryReadCodeShape(string text, int at, out string code, out int end)
    {
        end = at;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))))
            end++;
        code = "";
        var word = text.AsSpan(at, end - at);
        if (word.Length < 2 || word.Length > 20 || !char.IsUpper(word[0]) || NotCodesBySpan.Contains(word) || _countriesBySpan.Contains(word))
            return false;
        if (end < text.Length && text[end] is '’' or '\'') return false;
        var capitals = 0;
        var restLower = true;
        for (var k = 0; k < word.Length; k++)
        {
            if (char.IsUpper(word[k])) capitals++;
            if (k > 0 && !char.IsLower(word[k])) restLower = false;
        }
        if (capitals < 2 && !(word.Length >= 4 && restLower)) return false;
        code = word.ToString();
        return true;
    }

    private static int SkipBracketedCode(string text, int at, string code)
    {
        var probe = Words.SkipSpaces(text, at);
        return probe + code.Length + 2 <= text.Length && text[probe] == '('
               && string.CompareOrdinal(text, probe + 1, code, 0, code.Length) == 0 && text[probe + 1 + code.Length] == ')'
            ? probe + code.Length + 2
            : at;
    }

    private void Rebuild()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, name) in _known) names.TryAdd(name, code);
        foreach (var (code, name) in _endnotes)
            if (!name.StartsWith("Joint submission", StringComparison.OrdinalIgnoreCase)) names[name] = code;
        foreach (var (code, name) in _defined) names[name] = code;
        foreach (var (spelling, code) in _aliases) names.TryAdd(spelling, code);
        var ordered = names.Where(n => n.Key.Length > 2).Select(n => (n.Key, n.Value)).OrderByDescending(n => n.Key.Length).ToList();
        _codes = _defined.Keys.Concat(_endnotes.Keys).Concat(_known.Keys).Distinct().OrderByDescending(c => c.Length).ToList();
        // "The Becket Fund" is also read as "the Becket Fund". A name adds one spelling per first
        // character, so each bucket keeps the longest-first order of the whole list.
        _namesByFirst = [];
        foreach (var (name, code) in ordered)
        {
            Bucket(_namesByFirst, name[0]).Add((name, code));
            if (name.StartsWith("The ", StringComparison.Ordinal)) Bucket(_namesByFirst, 't').Add(("the" + name[3..], code));
        }
        _codesByFirst = [];
        foreach (var code in _codes)
            if (code.Length > 0) Bucket(_codesByFirst, code[0]).Add(code);
    }

    private static List<T> Bucket<T>(Dictionary<char, List<T>> buckets, char first)
    {
        if (!buckets.TryGetValue(first, out var list)) buckets[first] = list = [];
        return list;
    }
}
