using ReportForge.Core.Tailoring;
using ReportForge.Exports.Pdf.Matrix;
using ReportForge.Exports.Pipeline;
using ReportForge.Exports.Tests.Support;
using UglyToad.PdfPig;

namespace ReportForge.Exports.Tests.Pdf.Matrix;

public sealed class MatrixPdfRendererTests
{
    private static (byte[] Pdf, int? Pages) Render(BriefContent content)
    {
        var renderer = new MatrixPdfRenderer(SampleBriefs.Templates);
        var plan = renderer.Plan(content).Single();
        using var stream = new MemoryStream();
        var pages = renderer.Render(plan, content, stream, CancellationToken.None);
        return (stream.ToArray(), pages);
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Plan_WritesOneMatrixPdf_PerProfile()
    {
        var plan = new MatrixPdfRenderer(SampleBriefs.Templates).Plan(SampleBriefs.Content("children")).Single();

        Assert.Equal(new ArtifactPlan(ArtifactKind.PdfMatrix, "children/matrix.pdf", "children", null), plan);
    }

    [Fact]
    public void Render_NumbersEveryRecommendation_InOneRowEach()
    {
        var content = SampleBriefs.Content("full");
        var (bytes, pages) = Render(content);

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(pdf.NumberOfPages, pages);
        var text = Words(string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
        foreach (var r in content.AllRecommendations)
        {
            var opening = Words(string.Join(' ', r.Text.Split(' ').Take(4)));
            Assert.Contains(opening[1..], text);
        }
        Assert.Equal(45, content.AllRecommendations.Count());
    }

    [Fact]
    public void Render_RepeatsTheColumnHeadings_OnEveryPage()
    {
        var (bytes, _) = Render(SampleBriefs.Content("full"));

        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages > 2);
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().Select(w => w.Text).ToList();
            Assert.Contains("Recommendation", words);
            Assert.Contains("Priority", words);
            Assert.Contains($"{page.Number}", words);
            Assert.Contains(pdf.NumberOfPages.ToString(System.Globalization.CultureInfo.InvariantCulture), words);
        }
    }

    [Theory]
    [InlineData(PaperSize.A4, 841.89, 595.28)]
    [InlineData(PaperSize.A3, 1190.55, 841.89)]
    [InlineData(PaperSize.Letter, 792, 612)]
    public void Render_PrintsLandscape_OnTheProfilesPaper(PaperSize paper, double width, double height)
    {
        var profile = SampleBriefs.Templates.Profile("justice-and-detention") with { Paper = paper };
        var (bytes, _) = Render(SampleBriefs.Content(profile));

        using var pdf = PdfDocument.Open(bytes);
        Assert.All(pdf.GetPages(), p =>
        {
            Assert.Equal(width, p.Width, 0.5);
            Assert.Equal(height, p.Height, 0.5);
        });
    }

    [Fact]
    public void Render_GroupsRowsUnderTheirThemes_AndOnlyTheProfilesThemes()
    {
        var (bytes, _) = Render(SampleBriefs.Content("justice-and-detention"));

        using var pdf = PdfDocument.Open(bytes);
        var text = Words(string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
        Assert.Contains("II.B.2 Right to life, liberty and security of the person", text);
        Assert.Contains("II.B.3 Administration of justice", text);
        Assert.DoesNotContain("Right to education", text);
        Assert.DoesNotContain("Freedom of religion", text);
    }

    [Fact]
    public void Render_EmbedsItsFonts_AndIsTheSameBytesEveryTime()
    {
        var content = SampleBriefs.Content("children");
        var (first, _) = Render(content);
        var (second, _) = Render(content);

        Assert.Equal(first, second);
        using var pdf = PdfDocument.Open(first);
        var letters = pdf.GetPage(1).Letters;
        Assert.NotEmpty(letters);
        Assert.All(letters.Select(l => l.FontName).Distinct(), name => Assert.Contains("+", name));
    }
}
