using ReportForge.Exports.Charts;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf.Brief;

/// <summary>The charts, drawn as vector figures with alternative text and a numbered caption.</summary>
internal static class ChartsPage
{
    public static void Compose(IContainer container, BriefStyle style, IReadOnlyList<(ChartImage Chart, string Caption)> charts, double maxFigureHeight) =>
        container.Column(col =>
        {
            col.Spacing(BriefStyle.BlockGap);
            col.Item().Heading(1, "Charts", anchor: BriefAnchors.Charts);
            for (var i = 0; i < charts.Count; i++)
            {
                var (chart, caption) = charts[i];
                var number = i + 1;
                col.Item().PaddingTop(i == 0 ? 0 : 16).ShowEntire().Column(figure =>
                {
                    figure.Spacing(6);
                    figure.Item().Text(t =>
                    {
                        t.Tag(StructureTag.Caption);
                        t.Span($"Figure {number}. ").Bold().FontColor(style.Theme.Brand);
                        t.Span(caption).Bold();
                    });
                    // at its own size (within the page): a figure goes to the next page rather than shrink
                    // into what is left of this one, so its labels keep their print size
                    figure.Item().AlignCenter().MaxWidth(chart.WidthPoints).MinHeight(Math.Min(chart.HeightPoints, maxFigureHeight)).MaxHeight(maxFigureHeight)
                        .Image(chart.Pdf, chart.AltText, ImageScaling.FitArea);
                });
            }
        });
}
