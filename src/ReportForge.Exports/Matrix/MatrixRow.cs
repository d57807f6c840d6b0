using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;

namespace ReportForge.Exports.Matrix;

/// <summary>One recommendation as both matrices show it: every value already turned into text.</summary>
internal sealed record MatrixRow(
    string Id,
    int Number,
    string ThemeId,
    string Theme,
    string Recommendation,
    IReadOnlyList<string> StakeholderCodes,
    IReadOnlyList<string> StakeholderNames,
    string Target,
    string? OtherTarget,
    string ActionCategory,
    string AffectedGroups,
    string Citation,
    IReadOnlyList<string> EarlierLabels)
{
    public string Stakeholders => string.Join(", ", StakeholderCodes);

    /// <summary>"Brazil, Chile (session 20, 2014, supported)", one line per earlier recommendation.</summary>
    public string RecommendedBefore => string.Join("\n", EarlierLabels);

    /// <summary>The rows of the matrix: themes in the content's order, asks in the profile's order.</summary>
    public static IReadOnlyList<MatrixRow> From(BriefContent content)
    {
        var rows = new List<MatrixRow>();
        foreach (var theme in content.Themes)
        {
            foreach (var ask in theme.Recommendations)
                rows.Add(Of(ask, theme.Section, rows.Count + 1, content));
        }
        return rows;
    }

    private static MatrixRow Of(Recommendation ask, Section theme, int number, BriefContent content) => new(
        ask.Id,
        number,
        theme.Id,
        theme.Title,
        Capitalised(ask.Text),
        ask.Stakeholders,
        ask.Stakeholders.Select(code => content.Summary.Stakeholder(code)?.DisplayName ?? code).ToList(),
        ask.Target,
        ask.Target == content.Summary.Country ? null : ask.Target,
        ask.ActionCategory.NumberedLabel(),
        string.Join("; ", ask.AffectedGroups.Select(content.GroupLabel)),
        content.Summary.Cite(ask),
        content.EarlierFor(ask.Id).Select(e => e.LongLabel).ToList());

    /// <summary>The ask as a cell starts: with a capital, as the summary's sentence around it did.</summary>
    private static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
