using System.Text.RegularExpressions;

namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>
/// Cuts a run of names into entries: each entry ends with a semicolon (or the last full stop)
/// outside brackets — "Cairo (Egypt); Presbyterian Church (USA), New York (…);" — except a joint
/// submission, which runs from "Joint submission 3 submitted by:" to the next one, semicolons between
/// its members included.
/// </summary>
internal static partial class NameSegments
{
    [GeneratedRegex(@"Joint submission(?:\s*(?<n>\d+))?(?:\s*(?:submitted\s+)?by\s*:?|\s*:)", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JointStart();

    /// <summary>An entry of the run: its text, and for a joint submission its number (0 when it has none).</summary>
    public readonly record struct Segment(string Text, bool IsJoint, int Number);

    public static List<Segment> Cut(string text)
    {
        var segments = new List<Segment>();
        // Not "(Joint Submission 1)" nor a word that merely ends in "joint".
        var starts = JointStart().Matches(text).Where(m => m.Index == 0 || !(char.IsLetterOrDigit(text[m.Index - 1]) || text[m.Index - 1] is '(' or '_')).ToList();
        var plainEnd = starts.Count > 0 ? starts[0].Index : text.Length;
        foreach (var part in SplitOutsideBrackets(text[..plainEnd]))
            segments.Add(new Segment(part, false, 0));
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1].Index : text.Length;
            var number = starts[k].Groups["n"].Success ? int.Parse(starts[k].Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var body = text[starts[k].Index..end].Trim().TrimEnd(';', '.', ',').Trim();
            segments.Add(new Segment(body, true, number));
        }
        return segments;
    }

    /// <summary>Whether <paramref name="text"/> ends an entry: a semicolon or full stop outside brackets.</summary>
    public static bool EndsEntry(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && (t[^1] is ';' || t[^1] == '.' && !t.EndsWith(" Inc.", StringComparison.Ordinal)) && Depth(t) <= 0;
    }

    public static int Depth(string text)
    {
        var depth = 0;
        foreach (var c in text)
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        return depth;
    }

    /// <summary>Parts of <paramref name="text"/> between semicolons outside brackets, and a final full stop.</summary>
    public static List<string> SplitOutsideBrackets(string text, char separator = ';')
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (c == separator && depth == 0)
            {
                Add(text[start..i]);
                start = i + 1;
            }
            // "…Tórshavn (Denmark). Joint…", "(Egypt). ICAN": a full stop after a bracket closes an entry too.
            else if (separator == ';' && c == '.' && depth == 0 && i > 0 && text[i - 1] == ')' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                Add(text[start..i]);
                start = i + 1;
            }
        }
        Add(text[start..]);
        return parts;

        void Add(string part)
        {
            part = part.Trim().TrimEnd('.').Trim();
            if (part.Length > 0 && part.Any(char.IsLetter)) parts.Add(part);
        }
    }
}
