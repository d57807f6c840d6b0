using System.Globalization;
using System.Text.RegularExpressions;
using ReportForge.Exports.Pdf.Brief;
using ReportForge.Exports.Pipeline;
using UglyToad.PdfPig.Outline;

using ReportForge.Exports.Tests.Support;

namespace ReportForge.Exports.Tests.Pdf.Brief;

/// <summary>The <c>full</c> brief of the built-in sample, read back with PdfPig and PDFsharp.</summary>
public class FullBriefTests
{
    private static RenderedBrief Full => SampleBriefs.Of("full");

    [Fact]
    public void FullBrief_ContainsEveryRecommendation_OfTheSample()
    {
        var expected = ExpectedRecommendation.Kazakhstan2010;
        Assert.Equal(45, expected.Count);
        var missing = expected.Where(r => !Full.Contains(r.Phrase)).ToList();
        Assert.True(missing.Count == 0, "missing from the brief: " + string.Join("; ", missing));
    }

    [Fact]
    public void FullBrief_Outline_HasEveryThemeUnderItsPart()
    {
        using var document = Full.Open();
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var nodes = Flatten(bookmarks.Roots).ToList();
        foreach (var theme in Full.Content.Themes)
        {
            var title = BriefText.NumberedTitle(theme.Section);
            var node = nodes.FirstOrDefault(n => n.Title == title);
            Assert.True(node is not null, $"no bookmark for {title}");
            Assert.Equal(theme.Ancestry.Count - 1, node!.Level);
        }
        Assert.Contains(bookmarks.Roots, r => r.Title == "I. Background and framework" && r.Children.Count == 4);
        Assert.Contains(bookmarks.Roots, r => r.Title == "Key asks");
        Assert.Contains(bookmarks.Roots, r => r.Title == "Annex: stakeholders");
    }

    [Fact]
    public void FullBrief_ContentsPageNumbers_MatchWhereThemesStart()
    {
        var pages = Full.Pages.Select(RenderedBrief.Normalise).ToList();
        var contentsPage = pages.FindIndex(p => p.Contains("contents key asks", StringComparison.Ordinal));
        Assert.True(contentsPage > 0, "no contents page");
        var contents = pages[contentsPage];

        using var document = Full.Open();
        document.TryGetBookmarks(out var bookmarks);
        var outline = Flatten(bookmarks!.Roots).OfType<DocumentBookmarkNode>().ToList();

        foreach (var theme in Full.Content.Themes)
        {
            var title = RenderedBrief.Normalise(BriefText.NumberedTitle(theme.Section));
            var entry = Regex.Match(contents, "(?:^| )" + Regex.Escape(title) + @" (\d+)");
            Assert.True(entry.Success, $"contents lack “{title}”");
            var printed = int.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture);

            var headingPage = pages.FindIndex(contentsPage + 1, p => Regex.IsMatch(p, "(?:^| )" + Regex.Escape(title) + " ")) + 1;
            Assert.Equal(headingPage, printed);
            Assert.Equal(headingPage, outline.First(n => RenderedBrief.Normalise(n.Title) == title).PageNumber);
        }
    }

    [Fact]
    public void FullBrief_EmbedsEveryFont()
    {
        var fonts = new PdfStructure(Full.Bytes).Fonts();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"font {f.Name} is not embedded"));
        Assert.Contains(fonts, f => f.Name.Replace(" ", "", StringComparison.Ordinal).Contains("NotoSans", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Name.Replace(" ", "", StringComparison.Ordinal).Contains("NotoSerif", StringComparison.Ordinal));
    }

    [Fact]
    public void FullBrief_IsTagged_WithHeadingsTablesAndFigures()
    {
        var structure = new PdfStructure(Full.Bytes);
        Assert.True(structure.HasStructureTree);
        Assert.True(structure.IsMarked);
        Assert.Equal("en", structure.Language);
        var types = structure.StructureTypes();
        foreach (var tag in new[] { "H1", "H2", "H3", "P", "Table", "TR", "TH", "TD", "Figure", "TOC", "TOCI", "L", "LI" })
            Assert.Contains(tag, types);
        var alts = structure.FigureAltTexts();
        Assert.Equal(2, alts.Count);
        Assert.All(alts, alt => Assert.False(string.IsNullOrWhiteSpace(alt)));
        Assert.Contains(alts, a => a.StartsWith("Bar chart of recommendations per theme", StringComparison.Ordinal));
    }

    [Fact]
    public void FullBrief_CarriesTitleAuthorSubjectAndKeywords()
    {
        using var document = Full.Open();
        var info = document.Information;
        Assert.Equal("Full stakeholder brief: Kazakhstan", info.Title);
        Assert.Equal("ReportForge", info.Author);
        Assert.Contains("Universal Periodic Review of Kazakhstan", info.Subject, StringComparison.Ordinal);
        Assert.Contains("Kazakhstan", info.Keywords, StringComparison.Ordinal);
        Assert.Contains("Administration of justice", info.Keywords, StringComparison.Ordinal);
    }

    [Fact]
    public void FullBrief_Cover_ShowsTitleCountryAudienceAndSource()
    {
        var cover = RenderedBrief.Normalise(Full.Pages[0]);
        foreach (var text in new[] { "Full stakeholder brief", "Kazakhstan", "Everyone preparing for the review", "kazakhstan-2010.txt", "45 recommendations" })
            Assert.Contains(RenderedBrief.Normalise(text), cover, StringComparison.Ordinal);
        Assert.DoesNotContain("page 1 of", cover, StringComparison.Ordinal);
    }

    [Fact]
    public void FullBrief_EveryPageButTheCover_HasTheRunningHeaderAndPageXOfY()
    {
        var pages = Full.Pages;
        Assert.Equal(Full.ReportedPages, pages.Count);
        for (var i = 1; i < pages.Count; i++)
        {
            var text = pages[i];
            Assert.StartsWith("Full stakeholder brief Kazakhstan", text, StringComparison.Ordinal);
            Assert.Contains($"Page {i + 1} of {pages.Count}", text, StringComparison.Ordinal);
            Assert.Contains("Source: kazakhstan-2010.txt", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FullBrief_KeyAsks_FollowTheKeyAsksOrder()
    {
        var pages = Full.Pages.Select(RenderedBrief.Normalise).ToList();
        var contentsPage = pages.FindIndex(p => p.Contains("contents key asks", StringComparison.Ordinal));
        var keyAsks = string.Join(" ", pages.Take(contentsPage).Skip(1));
        var positions = Full.Content.KeyAsks.Select(a => keyAsks.IndexOf(RenderedBrief.Normalise(a.Text), StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void FullBrief_Annex_SpellsOutEveryStakeholder()
    {
        var text = Full.NormalisedText;
        Assert.Contains("annex: stakeholders", text, StringComparison.Ordinal);
        Assert.Contains("penal reform international-central asia", text, StringComparison.Ordinal);
        Assert.Contains("joint submission 1", text, StringComparison.Ordinal);
        Assert.Contains("world coalition against the death penalty", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_GivesTheSameBytes_ForTheSameInputs()
    {
        var again = SampleBriefs.Render(SampleBriefs.Content("full"));
        Assert.Equal(Full.Bytes, again.Bytes);
    }

    [Fact]
    public void Plan_IsOneBriefPerProfile_AtProfileSlashBriefPdf()
    {
        var renderer = new PdfBriefRenderer(SampleBriefs.Templates);
        var plan = Assert.Single(renderer.Plan(SampleBriefs.Content("children")));
        Assert.Equal(new ArtifactPlan(ArtifactKind.PdfBrief, "children/brief.pdf", "children", null), plan);
    }

    [Fact]
    public void RendererCatalog_ShipsThePdfBriefRenderer() =>
        Assert.Contains(RendererCatalog.Create(SampleBriefs.Templates), r => r is PdfBriefRenderer && r.Kind == ArtifactKind.PdfBrief);

    private static IEnumerable<BookmarkNode> Flatten(IEnumerable<BookmarkNode> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Flatten(n.Children)));
}
