using System.Text;

namespace ReportForge.Matching.Datasets;

/// <summary>One recommendation as an OHCHR list words it: its text and the States that made it.</summary>
internal sealed record WordedRecommendation(string Number, string Text, IReadOnlyList<string> States);

/// <summary>
/// Splits "115.3 Ratify the Optional Protocol … (Portugal, Slovakia);" and the merged form
/// "121.2 Complete … (Ukraine); Increase efforts … (Slovakia);" into recommendations with their States.
/// </summary>
internal static class RecommendationWording
{
    public static IReadOnlyList<WordedRecommendation> Split(string cellText)
    {
        var text = cellText.Trim();
        var number = LeadingNumber(text);
        if (number.Length > 0) text = text[number.Length..].TrimStart();
        var result = new List<WordedRecommendation>();
        var clauseStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ';') continue;
            var clause = text[clauseStart..i].TrimEnd();
            // A clause ends at "; " only when what precedes it is a group of States: "(2013); and" does not.
            if (!clause.EndsWith(')') || TrailingStates(clause, out _).Count == 0) continue;
            Add(clause);
            clauseStart = i + 1;
        }
        Add(text[clauseStart..]);
        return result;

        void Add(string clause)
        {
            var trimmed = clause.Trim().TrimEnd(';', '.', ' ');
            if (trimmed.Length == 0) return;
            var states = TrailingStates(trimmed, out var wording);
            result.Add(new WordedRecommendation(number, wording.TrimEnd(';', ',', ' '), states));
        }
    }

    /// <summary>"115.3", "121.12"; empty when the text does not start with a paragraph number.</summary>
    internal static string LeadingNumber(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i == 0 || i >= text.Length || text[i] != '.') return "";
        var dot = i++;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        return i > dot + 1 ? text[..i] : "";
    }

    /// <summary>
    /// The parenthesised groups at the end: the last is taken as States whenever it reads like names,
    /// earlier ones only when every name is a known State, so "(No. 29) (United Kingdom)" keeps "(No. 29)".
    /// </summary>
    internal static IReadOnlyList<string> TrailingStates(string text, out string rest)
    {
        var states = new List<string>();
        rest = text.TrimEnd();
        var first = true;
        while (rest.EndsWith(')'))
        {
            var open = MatchingOpen(rest);
            if (open < 0) break;
            var names = SplitNames(rest[(open + 1)..^1]);
            if (names.Count == 0 || !names.All(LooksLikeName)) break;
            if (!first && !names.All(StateNames.IsKnown)) break;
            states.InsertRange(0, names);
            rest = rest[..open].TrimEnd();
            first = false;
        }
        return states;
    }

    private static int MatchingOpen(string text)
    {
        var depth = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == ')') depth++;
            else if (text[i] == '(' && --depth == 0) return i;
        }
        return -1;
    }

    private static List<string> SplitNames(string group)
    {
        var names = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        foreach (var c in group)
        {
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (c == ',' && depth == 0) { names.Add(current.ToString().Trim()); current.Clear(); }
            else current.Append(c);
        }
        names.Add(current.ToString().Trim());
        return names.Where(n => n.Length > 0).ToList();
    }

    private static bool LooksLikeName(string name) =>
        char.IsUpper(name[0]) && !name.Any(char.IsDigit) && name.Length <= 80 && !name.EndsWith('.');
}
