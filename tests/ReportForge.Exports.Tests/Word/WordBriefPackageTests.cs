using System.IO.Compression;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Word;

namespace ReportForge.Exports.Tests.Word;

public sealed class WordBriefPackageTests
{
    private static readonly WordBriefRenderer Renderer = new(TemplateSet.Open());

    [Fact]
    public void Render_PutsTheBriefTitle_InTheHeader()
    {
        using var brief = WordBriefFile.Render(Renderer, WordSampleContent.Content(), WordSampleContent.EqualityTheme);

        Assert.Equal("Kazakhstan · Full brief", brief.HeaderText);
        Assert.Equal("Header", brief.Main.HeaderParts.Single().Header.Descendants<ParagraphStyleId>().Single().Val!.Value);
    }

    [Fact]
    public void Render_NumbersPagesXOfY_WithPageAndNumPagesFields()
    {
        using var brief = WordBriefFile.Render(Renderer, WordSampleContent.Content(), WordSampleContent.EqualityTheme);

        Assert.Equal(["PAGE \\* MERGEFORMAT", "NUMPAGES \\* MERGEFORMAT"], brief.FooterFieldCodes);
        Assert.Equal("Page 1 of 1", string.Concat(brief.Main.FooterParts.Single().Footer.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text)));
        var section = brief.Body.GetFirstChild<SectionProperties>()!;
        Assert.NotNull(section.GetFirstChild<HeaderReference>());
        Assert.NotNull(section.GetFirstChild<FooterReference>());
    }

    [Theory]
    [InlineData(PaperSize.A4, PaperOrientation.Portrait, 11906U, 16838U)]
    [InlineData(PaperSize.Letter, PaperOrientation.Portrait, 12240U, 15840U)]
    [InlineData(PaperSize.A4, PaperOrientation.Landscape, 16838U, 11906U)]
    public void Render_UsesThePaperOfTheProfile(PaperSize paper, PaperOrientation orientation, uint width, uint height)
    {
        var profile = BriefProfile.Full with { Paper = paper, Orientation = orientation };

        using var brief = WordBriefFile.Render(Renderer, WordSampleContent.Content(profile), WordSampleContent.EqualityTheme);

        var size = brief.Body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal((width, height), (size.Width!.Value, size.Height!.Value));
        Assert.Empty(brief.ValidationErrors());
    }

    [Fact]
    public void Render_SetsCoreProperties_WithoutDates()
    {
        using var brief = WordBriefFile.Render(Renderer, WordSampleContent.Content(), WordSampleContent.EqualityTheme);

        var properties = brief.Document.PackageProperties;
        Assert.Equal("Equality and non-discrimination — Kazakhstan", properties.Title);
        Assert.Equal("Full brief: Kazakhstan, Universal Periodic Review", properties.Subject);
        Assert.Equal("Universal Periodic Review; Kazakhstan; Equality and non-discrimination; II.B.1", properties.Keywords);
        Assert.Equal("ReportForge", properties.Creator);
        Assert.Null(properties.Created);
        Assert.Null(properties.Modified);
    }

    [Fact]
    public void Render_GivesIdenticalBytes_ForTheSameInputs()
    {
        var content = WordSampleContent.Content();
        var plan = Renderer.Plan(content).First(p => p.Theme == WordSampleContent.EqualityTheme);

        var first = WordBriefFile.RenderBytes(Renderer, plan, content);
        var second = WordBriefFile.RenderBytes(new WordBriefRenderer(TemplateSet.Open()), plan, content);

        Assert.Equal(Entry(first, "word/document.xml"), Entry(second, "word/document.xml"));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Render_GivesTheSameBriefs_WhenThemesRenderInParallel()
    {
        var content = WordSampleContent.Content(BriefProfile.Full with { BrandColor = "#7A1F1F" });
        var plans = Renderer.Plan(content).ToList();
        var sequential = plans.Select(p => WordBriefFile.RenderBytes(Renderer, p, content)).ToList();

        var parallel = new byte[plans.Count][];
        Parallel.For(0, plans.Count * 4, i => parallel[i % plans.Count] = WordBriefFile.RenderBytes(Renderer, plans[i % plans.Count], content));

        Assert.Equal(sequential, parallel);
    }

    private static string Entry(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
