using System.Text.RegularExpressions;

namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>
/// What the list's asterisks mean, from its opening sentence: "(one asterisk denotes a national human
/// rights institution with A status)" from the 2nd cycle on; "(One asterisk denotes a non-governmental
/// organization in consultative status with the Economic and Social Council.)" and "Two asterisks denote
/// a national human rights institution…" in the 1st.
/// </summary>
internal sealed partial class AsteriskLegend
{
    [GeneratedRegex(@"(?<count>one|two|three) asterisks? denotes? (?<what>[^.)]*)", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rule();

    private readonly Dictionary<int, string> _meaning = [];

    public static AsteriskLegend From(string preamble)
    {
        var legend = new AsteriskLegend();
        foreach (Match m in Rule().Matches(preamble))
        {
            var count = m.Groups["count"].Value.ToLowerInvariant() switch { "one" => 1, "two" => 2, _ => 3 };
            legend._meaning[count] = m.Groups["what"].Value;
        }
        return legend;
    }

    /// <summary>
    /// The statuses <paramref name="stars"/> asterisks give. Without a legend one asterisk is read as the
    /// A-status mark, the meaning it has had since the 2nd cycle.
    /// </summary>
    public (bool AStatus, bool Ecosoc) Marks(int stars)
    {
        if (stars == 0) return (false, false);
        if (!_meaning.TryGetValue(stars, out var what)) return (stars == 1 && _meaning.Count == 0, false);
        var ecosoc = what.Contains("consultative", StringComparison.OrdinalIgnoreCase)
            || what.Contains("Economic and Social Council", StringComparison.OrdinalIgnoreCase);
        var aStatus = what.Contains("human rights institution", StringComparison.OrdinalIgnoreCase);
        return (aStatus, ecosoc);
    }
}
