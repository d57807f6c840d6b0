using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Pdf.Brief;
using ReportForge.Exports.Pipeline;
using UglyToad.PdfPig.Outline;

using ReportForge.Exports.Tests.Support;

namespace ReportForge.Exports.Tests.Pdf.Brief;

/// <summary>The full brief of a 4th-cycle summary (United States of America, 2025), read back with PdfPig.</summary>
public class LaterCycleBriefTests
{
    private static readonly Lazy<RenderedBrief> Brief = new(() =>
    {
        var source = SourceDocument.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "united-states-2025", "summary.txt"),
            "united-states-2025", SampleBriefs.Templates);
        return SampleBriefs.Render(BriefSelector.Select(source.Summary, source.Descriptor, BriefProfile.Full, SampleBriefs.Templates.Groups));
    });

    private static RenderedBrief Full => Brief.Value;

    [Fact]
    public void FullBrief_HasABookmark_ForEveryUnnumberedTheme_UnderItsCluster()
    {
        using var document = Full.Open();
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var nodes = Flatten(bookmarks.Roots).ToList();
        var titled = Full.Content.Themes.Where(t => t.Section.Level == SectionLevel.Titled).ToList();

        Assert.Equal(22, titled.Count);
        foreach (var theme in titled)
        {
            var node = nodes.FirstOrDefault(n => n.Title == theme.Section.Title);
            Assert.True(node is not null, $"no bookmark for {theme.Section.Title}");
            // Outline levels stop at three: part, lettered section, then cluster and theme side by side.
            Assert.Equal(Math.Min(theme.Ancestry.Count - 1, 2), node!.Level);
        }
    }

    [Fact]
    public void FullBrief_ShowsWhatStakeholdersSayWasDone_WithThePreviousReview()
    {
        Assert.True(Full.Contains("Previous review: what stakeholders say was done"));
        Assert.True(Full.Contains("Not implemented: HRW stressed that the USA had not implemented UPR supported recommendations"));
        Assert.True(Full.Contains("assessments of the previous review") || Full.Contains("assessment of the previous review"));
    }

    [Fact]
    public void FullBrief_NamesTheStateFromTheCover()
    {
        Assert.True(Full.Contains("United States of America"));
        Assert.False(Full.Contains("summary of stakeholders' information on Mexico"));
    }

    private static IEnumerable<BookmarkNode> Flatten(IEnumerable<BookmarkNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
}

/// <summary>The full brief of a summary with a part for the national human rights institution (Denmark, 2026).</summary>
public class InstitutionBriefTests
{
    private static readonly Lazy<RenderedBrief> Brief = new(() =>
    {
        var source = SourceDocument.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "denmark-2026", "summary.txt"),
            "denmark-2026", SampleBriefs.Templates);
        return SampleBriefs.Render(BriefSelector.Select(source.Summary, source.Descriptor, BriefProfile.Full, SampleBriefs.Templates.Groups));
    });

    [Fact]
    public void FullBrief_ShowsWhatTheInstitutionReported_ApartFromOtherStakeholders()
    {
        var brief = Brief.Value;

        Assert.Equal("DIHR", brief.Content.Summary.NationalInstitution);
        Assert.True(brief.Contains(ThemeContext.InstitutionTitle));
        Assert.True(brief.Contains("The DIHR was concerned that the conditions and rights of persons in pre-trial detention remained problematic"));
    }
}
