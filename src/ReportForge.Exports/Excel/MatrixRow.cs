using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;

namespace ReportForge.Exports.Excel;

/// <summary>One recommendation as the matrix shows it: every value already turned into text.</summary>
internal sealed record MatrixRow(
    string Id,
    int Number,
    string Theme,
    string Recommendation,
    IReadOnlyList<string> StakeholderCodes,
    IReadOnlyList<string> StakeholderNames,
    string Target,
    string ActionCategory,
    string AffectedGroups,
    string Citation,
    string RecommendedBefore)
{
    public string Stakeholders => string.Join(", ", StakeholderCodes);

    /// <summary>The rows of the matrix: themes in the content's order, asks in the profile's order.</summary>
    public static IReadOnlyList<MatrixRow> From(BriefContent content)
    {
        var rows = new List<MatrixRow>();
        foreach (var theme in content.Themes)
        {
            foreach (var ask in theme.Recommendations)
                rows.Add(Of(ask, theme.Section.Title, rows.Count + 1, content));
        }
        return rows;
    }

    private static MatrixRow Of(Recommendation ask, string theme, int number, BriefContent content) => new(
        ask.Id,
        number,
        theme,
        ask.Text,
        ask.Stakeholders,
        ask.Stakeholders.Select(code => content.Summary.Stakeholder(code)?.DisplayName ?? code).ToList(),
        ask.Target,
        ask.ActionCategory.NumberedLabel(),
        string.Join("; ", ask.AffectedGroups.Select(content.GroupLabel)),
        content.Summary.Cite(ask),
        // "Brazil, Chile (session 20, 2014, supported)", one line per earlier recommendation
        string.Join("\n", content.EarlierFor(ask.Id).Select(e => e.LongLabel)));
}
