using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;
using ReportForge.Layout.Tests.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;

namespace ReportForge.Layout.Tests.Fluent;

/// <summary>Real PDFs, read back with PdfPig (and PDFsharp's reader for the tag tree and fonts).</summary>
public class PdfOutputTests
{
    static readonly Lazy<(byte[] Pdf, RenderResult Result)> Sample = new(() =>
    {
        var pdf = SampleDocument.Create().GeneratePdf(TestFonts.Options(), out var result);
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "reportforge-layout-sample.pdf"), pdf);
        return (pdf, result);
    });

    [Fact]
    public void GeneratePdf_ReportsThePageCountPdfPigReads()
    {
        using var pdf = PdfDocument.Open(Sample.Value.Pdf);

        Assert.Equal(Sample.Value.Result.PageCount, pdf.NumberOfPages);
        Assert.True(pdf.NumberOfPages >= 5);
    }

    [Fact]
    public void GeneratePdf_TextExtractsInReadingOrder_CyrillicIncluded()
    {
        using var pdf = PdfDocument.Open(Sample.Value.Pdf);
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));

        var background = text.IndexOf("1.1 Background", StringComparison.Ordinal);
        var concerns = text.IndexOf("1.1.1 Key concerns", StringComparison.Ordinal);
        var annex = text.LastIndexOf("Annex: recommendation matrix", StringComparison.Ordinal);
        Assert.True(background >= 0 && background < concerns && concerns < annex);
        Assert.Contains("Правозащитники", text);
        Assert.Contains("JS1 noted that the national human rights institution", text);
    }

    [Fact]
    public void GeneratePdf_EmbedsSubsetUnicodeFonts()
    {
        var fonts = new PdfInspector(Sample.Value.Pdf).Fonts();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded with a ToUnicode map"));
        Assert.All(fonts, f => Assert.Matches("^/?[A-Z]{6}\\+", f.Name));
        Assert.Contains(fonts, f => f.Name.Contains("Noto Sans", StringComparison.Ordinal));
    }

    [Fact]
    public void GeneratePdf_WritesInternalAndExternalLinks()
    {
        using var pdf = PdfDocument.Open(Sample.Value.Pdf);
        var links = pdf.GetPages().SelectMany(p => p.GetAnnotations()).Where(a => a.Type == AnnotationType.Link).ToList();

        Assert.Contains(links, l => l.Action is UriAction { Uri: "https://www.ohchr.org/en/hr-bodies/upr" });
        var internalLinks = links.Where(l => l.Action is GoToAction).ToList();
        Assert.True(internalLinks.Count >= SampleDocument.Themes.Length * 2 + 1);
    }

    [Fact]
    public void GeneratePdf_ContentsLinksJumpToThePagesTheyPrint()
    {
        using var pdf = PdfDocument.Open(Sample.Value.Pdf);
        var anchorPages = Sample.Value.Result.AnchorPages;
        var contentsPage = pdf.GetPage(2);
        var words = contentsPage.GetWords().ToList();
        var links = contentsPage.GetAnnotations().Where(a => a.Action is GoToAction).ToList();

        foreach (var link in links)
        {
            var destination = ((GoToAction)link.Action!).Destination;
            var area = link.Rectangle;
            var printedNumber = words.Last(w =>
                w.BoundingBox.Centroid.X >= area.Left && w.BoundingBox.Centroid.X <= area.Right &&
                w.BoundingBox.Centroid.Y >= area.Bottom && w.BoundingBox.Centroid.Y <= area.Top).Text;
            Assert.Equal(destination.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), printedNumber);
            Assert.Contains(destination.PageNumber, anchorPages.Values);
        }
    }

    [Fact]
    public void GeneratePdf_BuildsTheOutlineFromHeadings_WithLevels()
    {
        using var pdf = PdfDocument.Open(Sample.Value.Pdf);

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.ToList();
        Assert.Equal(["1. " + SampleDocument.Themes[0], "2. " + SampleDocument.Themes[1], "3. " + SampleDocument.Themes[2], "Annex: recommendation matrix"],
            roots.Select(r => r.Title));
        var first = Assert.IsType<DocumentBookmarkNode>(roots[0]);
        Assert.Equal(Sample.Value.Result.AnchorPages["theme-1"], first.PageNumber);
        Assert.Equal(["1.1 Background", "1.2 Recommendations"], first.Children.Select(c => c.Title));
        Assert.Equal(["1.1.1 Key concerns"], first.Children[0].Children.Select(c => c.Title));
    }

    [Fact]
    public void GeneratePdf_WritesATagTree_WithHeadingsParagraphsListsTablesAndFigures()
    {
        var inspector = new PdfInspector(Sample.Value.Pdf);
        var types = inspector.StructureTypes();

        Assert.Equal("Document", types[0]);
        foreach (var expected in new[] { "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure", "Link", "TOC", "TOCI" })
            Assert.Contains(expected, types);
        Assert.True(types.IndexOf("H1") < types.IndexOf("H2"));
        Assert.Equal("en", inspector.Language);
        Assert.Contains("Bar chart of recommendations by theme", inspector.FigureAltTexts());
    }

    [Fact]
    public void GeneratePdf_TagsEachTableHeaderOnce_ThoughItRepeatsOnEveryPage()
    {
        var doc = Document.Create(d => d.Page(p => p.Content().Table(t =>
        {
            t.ColumnsDefinition(c => c.RelativeColumn());
            t.Header(h => h.Cell().Text("Recommendation"));
            for (var i = 0; i < 200; i++)
                t.Cell().Text($"Row {i}");
        })));

        var bytes = doc.GeneratePdf(TestFonts.Options(), out var result);
        var types = new PdfInspector(bytes).StructureTypes();

        Assert.True(result.PageCount > 2);
        Assert.Equal(1, types.Count(t => t == "TH"));
        Assert.Equal(200, types.Count(t => t == "TD"));
        Assert.Equal(1, types.Count(t => t == "Table"));
    }

    [Fact]
    public void GeneratePdf_WritesTheMetadata()
    {
        using var pdf = PdfDocument.Open(Sample.Value.Pdf);

        Assert.Equal("Stakeholder brief: sample", pdf.Information.Title);
        Assert.Equal("ReportForge", pdf.Information.Author);
        Assert.Equal("Universal Periodic Review", pdf.Information.Subject);
        Assert.Equal("UPR, brief, sample", pdf.Information.Keywords);
        Assert.StartsWith("D:2000", pdf.Information.CreationDate);
    }

    [Fact]
    public void GeneratePdf_GivesTheSameBytes_ForTheSameDocument()
    {
        var again = SampleDocument.Create().GeneratePdf(TestFonts.Options());

        Assert.Equal(Sample.Value.Pdf, again);
    }

    [Fact]
    public void GeneratePdf_PdfA_AddsAnOutputIntent_AndStaysDeterministic()
    {
        var first = SampleDocument.Create().GeneratePdf(TestFonts.Options(pdfA: true));
        var second = SampleDocument.Create().GeneratePdf(TestFonts.Options(pdfA: true));

        Assert.True(new PdfInspector(first).HasOutputIntent);
        Assert.Equal(first, second);
    }

    [Fact]
    public void GeneratePdf_WithoutTags_WritesNoStructureTree()
    {
        var bytes = SampleDocument.Create().GeneratePdf(TestFonts.Options(tagged: false), out var result);

        Assert.Empty(new PdfInspector(bytes).StructureTypes());
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(result.PageCount, pdf.NumberOfPages);
    }

    [Fact]
    public void GeneratePdf_DrawsTheVectorChartAsAForm_NotAsPixels()
    {
        using var pdf = PdfDocument.Open(Sample.Value.Pdf);
        var chartPage = pdf.GetPages().First(p => p.GetWords().Any(w => w.Text == "Figures:"));

        var images = chartPage.GetImages().ToList();
        Assert.Single(images);
        Assert.Equal(160, images[0].WidthInSamples);
    }

    [Fact]
    public void Layout_ReportsAnchorPages_WithoutWritingAPdf()
    {
        var result = SampleDocument.Create().Layout(TestFonts.Options());

        Assert.Equal(Sample.Value.Result.PageCount, result.PageCount);
        Assert.Equal(Sample.Value.Result.AnchorPages, result.AnchorPages);
    }
}
