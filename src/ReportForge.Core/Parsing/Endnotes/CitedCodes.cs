namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>
/// The stakeholder codes a note cites: "JS2, para. 8 and CoE, para. 10" cites JS2 and CoE. Listed
/// and known codes are found wherever they stand as words; any other code is recognised by the
/// reference that follows it ("Partners for Transparency, p. 1").
/// </summary>
internal sealed class CitedCodes
{
    /// <summary>The words a page or paragraph reference begins with: "p. 2", "pp. 3-4", "para. 8", "section C".</summary>
    private static readonly HashSet<string> ReferenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "pp", "para", "paras", "page", "pages", "paragraph", "paragraphs", "section", "annex", "chapter",
        "recommendation", "recommendations",
    };

    /// <summary>Words that begin a citation without being a code: "See also AI, p. 2", "Annex 1, p. 4".</summary>
    private static readonly HashSet<string> NotCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "see", "also", "annex", "section", "page", "para", "paras", "p", "pp", "for", "in", "of", "the", "op", "cit", "ibid", "id",
    };

    private readonly List<string> _codes;

    public CitedCodes(IEnumerable<string> codes) =>
        _codes = codes.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(c => c.Length).ToList();

    /// <summary>Codes cited in <paramref name="text"/>, in order, each once.</summary>
    public IReadOnlyList<string> In(string text)
    {
        var found = new List<(int At, string Code)>();
        var taken = new bool[text.Length];
        foreach (var code in _codes)
        {
            var comparison = code.Length >= 4 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            for (var at = text.IndexOf(code, comparison); at >= 0; at = text.IndexOf(code, at + 1, comparison))
            {
                if (!IsWordAt(text, at, code.Length) || taken[at]) continue;
                for (var k = at; k < at + code.Length; k++) taken[k] = true;
                found.Add((at, code));
            }
        }
        foreach (var (at, head) in Heads(text))
            if (!taken[at]) found.Add((at, head));
        return found.OrderBy(f => f.At).Select(f => f.Code).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Every "CODE, p. 2" head in <paramref name="text"/>, with its offset: up to four words before a
    /// reference, starting after a citation's boundary (a comma, semicolon, full stop, colon or bracket,
    /// "and", "also", "see", or the start). Read word by word, once.
    /// </summary>
    public static IEnumerable<(int At, string Code)> Heads(string text)
    {
        var words = new List<(int Start, int End)>();
        for (var i = 0; i < text.Length;)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i > start) words.Add((start, i));
        }
        var taken = -1;
        for (var w = 1; w < words.Count; w++)
        {
            if (!IsReference(text, words[w])) continue;
            var first = -1;
            // The farthest boundary within four words gives the code, as "Partners for Transparency, p. 1" needs.
            for (var k = w - 1; k >= Math.Max(taken + 1, w - 4); k--)
            {
                var word = text.AsSpan(words[k].Start, words[k].End - words[k].Start);
                var last = k == w - 1;
                if (!IsCodeWord(last ? word.TrimEnd(',') : word)) break;
                if ((k == 0 || IsBoundary(text, words[k - 1])) && CanBegin(word)) first = k;
            }
            if (first < 0) continue;
            var firstWord = text.AsSpan(words[first].Start, words[first].End - words[first].Start).TrimStart('(');
            var at = words[first].Start + (words[first].End - words[first].Start - firstWord.Length);
            var code = text[at..words[w - 1].End].TrimEnd(',').TrimEnd('.');
            if (code.Length == 0 || (code.Length == 1 && !char.IsUpper(code[0])) || IsDate(code)) continue;
            taken = w - 1;
            yield return (at, code);
        }
    }

    private static bool CanBegin(ReadOnlySpan<char> word)
    {
        word = word.TrimStart('(');
        var letters = 0;
        while (letters < word.Length && char.IsLetter(word[letters])) letters++;
        // "p.6", "para.", "and": the letters before the first mark are a word of the reference, not a code.
        return letters > 0 && !NotCodes.Contains(word[..letters].ToString());
    }

    private static bool IsReference(string text, (int Start, int End) word)
    {
        var letters = 0;
        while (word.Start + letters < word.End && char.IsLetter(text[word.Start + letters])) letters++;
        return letters > 0 && ReferenceWords.Contains(text.Substring(word.Start, letters));
    }

    /// <summary>Letters, digits and the marks codes use ("PC(USA)", "C.I.L", "CoE-ECRI"); no comma, semicolon or colon.</summary>
    private static bool IsCodeWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        foreach (var c in word)
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-' or '/' or '(' or ')' or '&' or '\'' or '’' or '_')) return false;
        return true;
    }

    private static bool IsBoundary(string text, (int Start, int End) word)
    {
        var last = text[word.End - 1];
        if (last is ';' or ',' or '.' or ':' or '(') return true;
        var span = text.AsSpan(word.Start, word.End - word.Start);
        return span.Equals("and", StringComparison.OrdinalIgnoreCase) || span.Equals("also", StringComparison.OrdinalIgnoreCase)
            || span.Equals("see", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>"January 2012, p. 23": a date before the page, not a code.</summary>
    private static bool IsDate(string head) =>
        head.Split(' ').Any(w => w.Length == 4 && w.All(char.IsAsciiDigit) || Months.Contains(w, StringComparer.OrdinalIgnoreCase));

    private static bool IsWordAt(string text, int at, int length)
    {
        var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]) && text[at - 1] != '-';
        var end = at + length;
        var after = end == text.Length || !char.IsLetterOrDigit(text[end]) && !(text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]));
        return before && after;
    }
}
