using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf.Brief;

/// <summary>
/// A theme's asks as a table: the ask, who made it, its action category, the groups it concerns and
/// its citation. The header row repeats on every page the table runs onto.
/// </summary>
internal static class RecommendationsTable
{
    public const double CellPadding = 4.5;

    public static void Compose(IContainer container, BriefContent content, IReadOnlyList<Recommendation> asks, BriefStyle style) =>
        container.DefaultTextStyle(s => s.FontSize(BriefStyle.Table).LineHeight(1.3)).Table(table =>
        {
            table.CellPadding(CellPadding)
                .HeaderBackground(style.Theme.BrandWash)
                .Striped(style.Theme.BrandMist)
                .Borders(0.4, style.Theme.Rule);
            table.ColumnsDefinition(columns =>
            {
                columns.RelativeColumn();
                columns.ConstantColumn(style.Columns.CodeTable);
                columns.ConstantColumn(style.Columns.Action);
                columns.ConstantColumn(68);
                columns.ConstantColumn(58);
            });
            table.Header(header =>
            {
                foreach (var title in new[] { "Recommendation", "Stakeholders", "Action", "Affected groups", "Source" })
                    header.Cell().Text(title).Bold().FontColor(style.Theme.Brand);
            });
            foreach (var ask in asks)
            {
                var earlier = content.EarlierFor(ask.Id);
                table.Cell().Text(t =>
                {
                    t.Span(ask.Text);
                    if (earlier.Count > 0)
                        t.Span("\nSimilar recommendations: " + string.Join("; ", earlier.Select(e => e.Label)))
                            .FontColor(style.Theme.Muted).FontSize(BriefStyle.Tiny);
                });
                table.Cell().Text(t =>
                {
                    t.Span(BriefText.Codes(ask.Stakeholders)).Bold();
                    t.Span("\n" + ask.Verb).FontColor(style.Theme.Muted).FontSize(BriefStyle.Tiny);
                });
                table.Cell().Text(ActionLabel(ask.ActionCategory));
                table.Cell().Text(ask.AffectedGroups.Count == 0 ? "—" : string.Join("\n", ask.AffectedGroups.Select(content.GroupLabel)))
                    .FontColor(ask.AffectedGroups.Count == 0 ? style.Theme.Muted : style.Theme.Ink);
                table.Cell().Text(content.Summary.Cite(ask)).FontColor(style.Theme.Muted);
            }
        });

    /// <summary>"3 – Considering": UPR Info's number and the category without "action".</summary>
    public static string ActionLabel(ActionCategory category) =>
        ((int)category).ToString(System.Globalization.CultureInfo.InvariantCulture) + " – " + category.Label().Replace(" action", "", StringComparison.Ordinal);
}
