using System.Globalization;
using ReportForge.Core.Tailoring;
using ScottPlot;

namespace ReportForge.Exports.Charts;

/// <summary>
/// A theme × stakeholder grid: how many statements each stakeholder made on each theme, darker for
/// more — who raised what, at a glance.
/// </summary>
public static class ThemeStakeholderHeatmap
{
    private const int RowHeight = 17;

    /// <param name="widthPoints">The width it will be printed at, so labels keep their size on paper.</param>
    public static ChartImage Build(BriefContent content, string fontsDirectory, int widthPoints = 480) =>
        ChartGate.Run(() => BuildAlone(content, fontsDirectory, widthPoints));

    private static ChartImage BuildAlone(BriefContent content, string fontsDirectory, int widthPoints)
    {
        ChartFonts.Register(fontsDirectory);
        var themes = content.Themes;
        var stakeholders = content.Stakeholders.Select(s => s.Abbreviation).ToList();
        var counts = new int[themes.Count, stakeholders.Count];
        for (var t = 0; t < themes.Count; t++)
            for (var s = 0; s < stakeholders.Count; s++)
                counts[t, s] = themes[t].Statements.Count(x => x.Stakeholders.Contains(stakeholders[s]));
        var most = Math.Max(1, counts.Cast<int>().DefaultIfEmpty(0).Max());

        var plot = new Plot();
        plot.Font.Set(ChartFonts.Family);
        var brand = Color.FromHex(content.Profile.BrandColor);
        for (var t = 0; t < themes.Count; t++)
        {
            var y = themes.Count - 1 - t;
            for (var s = 0; s < stakeholders.Count; s++)
            {
                var n = counts[t, s];
                var cell = plot.Add.Rectangle(s - 0.5, s + 0.5, y - 0.5, y + 0.5);
                cell.FillStyle.Color = n == 0 ? Colors.White : brand.WithAlpha(0.15 + 0.85 * n / most);
                cell.LineStyle.Color = Color.FromHex("#D0D0D0");
                cell.LineStyle.Width = 0.5f;
                if (n == 0) continue;
                var label = plot.Add.Text(n.ToString(CultureInfo.InvariantCulture), s, y);
                label.LabelFontSize = 8;
                label.LabelFontName = ChartFonts.Family;
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelFontColor = n * 2 > most ? Colors.White : Colors.Black;
            }
        }

        plot.Axes.Left.SetTicks(
            themes.Select((_, i) => (double)(themes.Count - 1 - i)).ToArray(),
            themes.Select(t => ChartText.Shorten(t.Section.Title, 40)).ToArray());
        plot.Axes.Left.TickLabelStyle.FontSize = 8;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        // stakeholder codes below the grid, slanted so long codes ("PRI-Central Asia") fit
        plot.Axes.Bottom.SetTicks(stakeholders.Select((_, i) => (double)i).ToArray(), stakeholders.ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontSize = 8;
        plot.Axes.Bottom.TickLabelStyle.Rotation = 60;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        var longest = stakeholders.Select(s => s.Length).DefaultIfEmpty(4).Max();
        plot.Axes.Bottom.MinimumSize = LabelRoom(longest);
        plot.Axes.Frame(false);
        plot.HideGrid();
        plot.Axes.SetLimits(-0.5, stakeholders.Count - 0.5, -0.5, themes.Count - 0.5);

        var height = 20 + (int)LabelRoom(longest) + RowHeight * Math.Max(1, themes.Count);
        var alt = "Grid of statements per theme and stakeholder: " + string.Join("; ",
            Enumerable.Range(0, themes.Count).Select(t => themes[t].Section.Title + ": " + string.Join(", ",
                Enumerable.Range(0, stakeholders.Count).Where(s => counts[t, s] > 0).Select(s => $"{stakeholders[s]} {counts[t, s]}"))));
        return ChartRendering.Render(plot, widthPoints, height, alt);
    }

    /// <summary>Vertical room for slanted labels of <paramref name="characters"/> characters at 8 pt.</summary>
    private static float LabelRoom(int characters) => 12 + characters * 4.6f;
}
