using System.Text.RegularExpressions;

namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>
/// The stakeholder codes a note cites: "JS2, para. 8 and CoE, para. 10" cites JS2 and CoE. Listed
/// and known codes are found wherever they stand as words; any other code is recognised by the
/// reference that follows it ("Partners for Transparency, p. 1").
/// </summary>
internal sealed partial class CitedCodes
{
    [GeneratedRegex(
        @"(?<=^|[;,.:(]\s*|\band\s|\balso\s|\bsee\s)(?!(?:and|see|also|annex|section|page|para|paras|p|pp|for|in|of|the|op|cit|ibid|id)\b)(?<code>[\p{L}][\p{L}\p{N}.\-/()&'’_]*(?: [\p{L}\p{N}][\p{L}\p{N}.\-/()&'’_]*){0,3}?),?\s+(?:p|pp|para|paras|page|pages|paragraph|paragraphs|section|annex|chapter|recommendations?)(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Citation();

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

    /// <summary>Every "CODE, p. 2" head in <paramref name="text"/>, with its offset.</summary>
    public static IEnumerable<(int At, string Code)> Heads(string text)
    {
        foreach (Match m in Citation().Matches(text))
        {
            var code = m.Groups["code"];
            if ((code.Value.Length > 1 || char.IsUpper(code.Value[0])) && !IsDate(code.Value)) yield return (code.Index, code.Value.TrimEnd('.'));
        }
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
