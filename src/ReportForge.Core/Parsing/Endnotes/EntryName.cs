using System.Text.RegularExpressions;

namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>
/// The name in a list entry, without its address: "Amnesty International*, London, United Kingdom;"
/// gives "Amnesty International" and one asterisk; "Joint submission 2 submitted by: The Peace
/// Institute (Slovenia), the Institute on Statelessness…" gives its members.
/// </summary>
internal static partial class EntryName
{
    [GeneratedRegex(@"\s*\(\s*Joint\s+submission\s*(?<n>\d+)\s*\)", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JointSuffix();

    [GeneratedRegex(@"(?:submitted\s+)?by\s*:?\s*", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubmittedBy();

    /// <summary>"… (Joint Submission 1)": the entry takes part in joint submission 1.</summary>
    public static int JointSuffixNumber(string text) =>
        JointSuffix().Match(text) is { Success: true } m ? int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    public static string WithoutJointSuffix(string text) => JointSuffix().Replace(text, "");

    /// <summary>The entry as printed, on one line, without a trailing separator.</summary>
    public static string Tidy(string text) => NoteText.Squeeze(text).TrimEnd(';', ',', '.', ' ').Trim();

    /// <summary>
    /// The organisation's name: up to the first comma or semicolon outside brackets, without asterisks;
    /// a name with commas of its own runs on to its last "and" part before the address
    /// ("Maat Foundation for Peace, Development and Human Rights, Cairo (Egypt)").
    /// </summary>
    public static string Of(string text)
    {
        text = WithoutJointSuffix(text).Replace("*", "", StringComparison.Ordinal);
        text = NoteText.Squeeze(text).TrimStart('-', '–', ' ');
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && (c == ';' || EndsSentence(text, i))) return Clean(text[..i], keepStop: false);
            else if (depth == 0 && c == ',' && i + 1 < text.Length && text[i + 1] == ' ') return Clean(WithCommaParts(text[..i], text[(i + 2)..]), keepStop: true);
        }
        return Clean(text, keepStop: false);
    }

    private static string WithCommaParts(string head, string rest)
    {
        var end = rest.IndexOf(';');
        var parts = NameSegments.SplitOutsideBrackets(end < 0 ? rest : rest[..end], ',');
        var last = -1;
        for (var k = 0; k < parts.Count - 1; k++)
            if (parts[k].StartsWith("and ", StringComparison.Ordinal) || HasAndPart(parts[k])) last = k;
        return last < 0 ? head : head + ", " + string.Join(", ", parts.Take(last + 1));
    }

    private static bool HasAndPart(string part)
    {
        var and = part.IndexOf(" and ", StringComparison.Ordinal);
        return and > 0 && and + 5 < part.Length && char.IsUpper(part[and + 5]) && char.IsUpper(part[0]);
    }

    /// <summary>
    /// The name of the entry for <paramref name="code"/>: "SBW  Jonathan Lam, Sanctuary Beyond War, Jackson
    /// Heights…" names a contact person first, and the code's initials show which part is the organisation.
    /// </summary>
    public static string Of(string code, string text)
    {
        var name = Of(text);
        if (CodeShapes.IsAcronymOf(code, name) || !CodeShapes.IsStrongToken(code)) return name;
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma < 0) return name;
        var next = Of(text[(comma + 2)..]);
        return CodeShapes.IsAcronymOf(code, next) && next.Length > 3 ? next : name;
    }

    /// <summary>Asterisks right after the name ("Amnesty International*") or the code ("DIHR*").</summary>
    public static int Stars(string code, string text)
    {
        var head = code + " " + (text.IndexOf(',') is var comma and > 0 ? text[..comma] : text);
        var most = 0;
        var run = 0;
        foreach (var c in head)
        {
            run = c == '*' ? run + 1 : 0;
            most = Math.Max(most, run);
        }
        return most;
    }

    /// <summary>The member organisations of a joint submission, by name.</summary>
    public static List<string> Members(string text)
    {
        var by = SubmittedBy().Match(text);
        var list = by.Success ? text[(by.Index + by.Length)..] : text;
        var members = new List<string>();
        var parts = NameSegments.SplitOutsideBrackets(list);
        for (var p = 0; p < parts.Count; p++)
        {
            // "The Peace Institute (Slovenia), the Institute on Statelessness…, and the European Network…" and
            // "Action Aid Denmark, Amnesty International, …": members separated by commas. The first part
            // keeps its address ("Coalition of NGOs, 2100 Copenhagen (Denmark)") unless it is such a list.
            var commas = NameSegments.SplitOutsideBrackets(parts[p], ',');
            var listed = commas.Count > 2 && (commas.Count > 3 || parts[p].Contains(", and ", StringComparison.Ordinal));
            if (!listed)
            {
                // "Critical Legal Collective (CLC) and American Association of University Professors (AAUP), New York"
                foreach (var pair in SplitAnd(parts[p]))
                    members.Add(Of(StripAnd(pair)));
                continue;
            }
            foreach (var item in commas)
            {
                var name = WithoutPlace(StripAnd(item));
                if (name.Contains(' ', StringComparison.Ordinal) || name.Any(char.IsUpper) && name.Count(char.IsUpper) > 1) members.Add(Of(name));
            }
        }
        return members.Where(m => m.Length > 1).Distinct(StringComparer.Ordinal).ToList();
    }

    private static string[] SplitAnd(string part) =>
        part.Split(") and ", StringSplitOptions.None) is { Length: 2 } two ? [two[0] + ")", two[1]] : [part];

    /// <summary>"The Peace Institute (Slovenia)" without its country.</summary>
    private static string WithoutPlace(string item)
    {
        item = item.Trim();
        if (!item.EndsWith(')')) return item;
        var open = item.LastIndexOf('(');
        return open > 0 && item[(open + 1)..^1].All(c => char.IsLetter(c) || c == ' ') ? item[..open].Trim() : item;
    }

    private static string StripAnd(string part)
    {
        part = part.Trim();
        return part.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? part[4..] : part;
    }

    /// <summary>"…Council of Europe. Resolution of…": a full stop after a word, not after "Mr" or "Inc".</summary>
    private static bool EndsSentence(string text, int i)
    {
        if (text[i] != '.' || i + 2 >= text.Length || text[i + 1] != ' ' || !char.IsUpper(text[i + 2])) return false;
        var start = i;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return i - start > 3;
    }

    /// <summary>A full stop before the address belongs to the name ("Connection e.V., Offenbach"); one that ends the entry does not.</summary>
    private static string Clean(string name, bool keepStop) =>
        keepStop ? name.Trim().TrimEnd(',', ';', ':').Trim() : name.Trim().TrimEnd('.', ',', ';', ':').Trim();
}
