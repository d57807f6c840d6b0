using System.Globalization;
using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf.Brief;

/// <summary>
/// The annex: each stakeholder of the brief with its full name and what it raised here — the
/// paragraphs, the themes and the number of asks.
/// </summary>
internal static class StakeholdersAnnex
{
    public static void Compose(IContainer container, BriefContent content, BriefStyle style) =>
        container.Column(col =>
        {
            col.Spacing(BriefStyle.BlockGap);
            col.Item().Heading(1, "Annex: stakeholders", anchor: BriefAnchors.Annex);
            col.Item().Text("The organisations and joint submissions this brief cites, with what each raised within it.")
                .FontColor(style.Theme.Muted);
            col.Item().DefaultTextStyle(s => s.FontSize(BriefStyle.Table).LineHeight(1.3)).Table(table =>
            {
                table.CellPadding(4.5).HeaderBackground(style.Theme.BrandWash).Striped(style.Theme.BrandMist).Borders(0.4, style.Theme.Rule);
                table.ColumnsDefinition(columns =>
                {
                    columns.ConstantColumn(70);
                    columns.RelativeColumn(1.1);
                    columns.RelativeColumn(0.8);
                    columns.RelativeColumn(1.6);
                    columns.ConstantColumn(34);
                });
                table.Header(header =>
                {
                    foreach (var title in new[] { "Code", "Stakeholder", "Paragraphs", "Themes", "Asks" })
                        header.Cell().Text(title).Bold().FontColor(style.Theme.Brand);
                });
                foreach (var stakeholder in content.Stakeholders)
                {
                    var raised = Raised(content, stakeholder);
                    table.Cell().Text(stakeholder.Abbreviation).Bold();
                    table.Cell().Text(BriefText.FullName(stakeholder));
                    table.Cell().Text(BriefText.Paragraphs(raised.Paragraphs));
                    table.Cell().Text(string.Join("\n", raised.Themes.Select(t => Charts.ChartText.Shorten(t.Title, 44))));
                    table.Cell().AlignRight().Text(raised.Asks.ToString(CultureInfo.InvariantCulture));
                }
            });
        });

    sealed record Contribution(IReadOnlyList<int> Paragraphs, IReadOnlyList<Section> Themes, int Asks);

    static Contribution Raised(BriefContent content, Stakeholder stakeholder)
    {
        bool By(IReadOnlyList<string> codes) => codes.Contains(stakeholder.Abbreviation, StringComparer.Ordinal);
        var paragraphs = new SortedSet<int>();
        var themes = new List<Section>();
        var asks = 0;
        foreach (var theme in content.Themes)
        {
            var statements = theme.Statements.Where(s => By(s.Stakeholders)).Select(s => s.Paragraph);
            var themeAsks = theme.Recommendations.Where(r => By(r.Stakeholders)).ToList();
            var here = statements.Concat(themeAsks.Select(r => r.Paragraph)).ToList();
            if (here.Count == 0) continue;
            paragraphs.UnionWith(here);
            themes.Add(theme.Section);
            asks += themeAsks.Count;
        }
        return new Contribution(paragraphs.ToList(), themes, asks);
    }
}
