using ReportForge.Core.Tailoring;
using ScottPlot;

namespace ReportForge.Exports.Charts;

/// <summary>Horizontal bars: how many recommendations each theme of the brief holds.</summary>
public static class RecommendationsPerThemeChart
{
    private const int RowHeight = 18;

    public static ChartImage Build(BriefContent content, string fontsDirectory, int widthPoints = 480) =>
        ChartGate.Run(() => BuildAlone(content, fontsDirectory, widthPoints));

    private static ChartImage BuildAlone(BriefContent content, string fontsDirectory, int widthPoints)
    {
        ChartFonts.Register(fontsDirectory);
        var themes = content.Themes;
        var plot = new Plot();
        plot.Font.Set(ChartFonts.Family);
        var colour = Color.FromHex(content.Profile.BrandColor);
        var bars = themes.Select((t, i) => new Bar
        {
            // the first theme at the top, as in the contents
            Position = themes.Count - 1 - i,
            Value = t.Recommendations.Count,
            FillColor = colour,
            LineWidth = 0,
            Label = t.Recommendations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Size = 0.7,
        }).ToList();
        var series = plot.Add.Bars(bars);
        series.Horizontal = true;
        series.ValueLabelStyle.FontSize = 9;
        series.ValueLabelStyle.FontName = ChartFonts.Family;

        plot.Axes.Left.SetTicks(
            themes.Select((_, i) => (double)(themes.Count - 1 - i)).ToArray(),
            themes.Select(t => ChartText.Shorten(t.Section.Title)).ToArray());
        plot.Axes.Left.TickLabelStyle.FontSize = 9;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 9;
        plot.Axes.Bottom.Label.Text = "Recommendations";
        plot.Axes.Bottom.Label.FontSize = 9;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        var most = themes.Count == 0 ? 1 : Math.Max(1, themes.Max(t => t.Recommendations.Count));
        plot.Axes.SetLimits(0, most * 1.12, -0.6, themes.Count - 0.4);

        var height = 50 + RowHeight * Math.Max(1, themes.Count);
        var alt = "Bar chart of recommendations per theme: " +
                  string.Join("; ", themes.Select(t => $"{t.Section.Title}: {t.Recommendations.Count}"));
        return ChartRendering.Render(plot, widthPoints, height, alt);
    }
}
