using ReportForge.Core.Tailoring;
using ReportForge.Exports.Charts;
using ReportForge.Exports.Tests.Pipeline;
using UglyToad.PdfPig;

namespace ReportForge.Exports.Tests.Charts;

public sealed class ChartTests
{
    private static readonly string Fonts = PipelineFixtures.Templates.FontsDirectory;

    private static BriefContent Content() =>
        BriefSelector.Select(PipelineFixtures.Summary(), PipelineFixtures.Source().Descriptor, BriefProfile.Full, []);

    [Fact]
    public void RecommendationsPerTheme_IsAOnePageVectorPdf_WithTheThemesAsText()
    {
        var chart = RecommendationsPerThemeChart.Build(Content(), Fonts);

        using var pdf = PdfDocument.Open(chart.Pdf);
        Assert.Equal(1, pdf.NumberOfPages);
        var page = pdf.GetPage(1);
        Assert.Equal(chart.WidthPoints, page.Width, 0.5);
        Assert.Equal(chart.HeightPoints, page.Height, 0.5);
        Assert.Contains("Scope of international obligations", page.Text);
        Assert.Contains("Constitutional and legislative framework", page.Text);
        Assert.Empty(page.GetImages());
    }

    [Fact]
    public void RecommendationsPerTheme_DescribesEveryCount_InItsAltText()
    {
        var chart = RecommendationsPerThemeChart.Build(Content(), Fonts);

        Assert.Contains("Scope of international obligations: 1", chart.AltText);
        Assert.Contains("Constitutional and legislative framework: 0", chart.AltText);
    }

    [Fact]
    public void Heatmap_LabelsStakeholdersAndThemes_AndCountsStatements()
    {
        var chart = ThemeStakeholderHeatmap.Build(Content(), Fonts);

        using var pdf = PdfDocument.Open(chart.Pdf);
        var text = pdf.GetPage(1).Text;
        Assert.Contains("JS1", text);
        Assert.Contains("AI", text);
        Assert.Contains("Scope of international obligations: JS1 1", chart.AltText);
        Assert.Contains("Constitutional and legislative framework: AI 1", chart.AltText);
    }

    [Fact]
    public void Charts_ArePngsAtTwiceTheirPointSize_ForWordAndExcel()
    {
        var chart = ThemeStakeholderHeatmap.Build(Content(), Fonts);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], chart.Png[..4]);
        var width = (chart.Png[16] << 24) | (chart.Png[17] << 16) | (chart.Png[18] << 8) | chart.Png[19];
        Assert.Equal(chart.WidthPoints * 2, width);
    }

    [Fact]
    public void Charts_AreTheSameBytes_ForTheSameContent()
    {
        Assert.Equal(RecommendationsPerThemeChart.Build(Content(), Fonts).Pdf, RecommendationsPerThemeChart.Build(Content(), Fonts).Pdf);
    }

    [Fact]
    public void Charts_AreTheSameBytes_WhenBuiltOnSeveralThreadsAtOnce()
    {
        var content = Content();
        var expected = (RecommendationsPerThemeChart.Build(content, Fonts).Pdf, ThemeStakeholderHeatmap.Build(content, Fonts).Pdf);

        var built = new System.Collections.Concurrent.ConcurrentBag<(int Kind, byte[] Pdf)>();
        Parallel.For(0, 24, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i =>
            built.Add(i % 2 == 0 ? (0, RecommendationsPerThemeChart.Build(content, Fonts).Pdf) : (1, ThemeStakeholderHeatmap.Build(content, Fonts).Pdf)));

        Assert.All(built, b => Assert.Equal(b.Kind == 0 ? expected.Item1 : expected.Item2, b.Pdf));
    }
}
