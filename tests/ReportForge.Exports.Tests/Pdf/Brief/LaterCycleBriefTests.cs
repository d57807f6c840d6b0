using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Pdf.Brief;
using ReportForge.Exports.Pipeline;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;
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

/// <summary>The full brief of a 3rd-cycle summary with long codes ("CoE-Commissioner") and many themes and stakeholders (Slovenia, 2019).</summary>
public class LongCodeBriefTests
{
    private static readonly Lazy<RenderedBrief> Brief = new(() =>
    {
        var source = SourceDocument.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "recommendations", "slovenia-2019", "summary.txt"),
            "slovenia-2019", SampleBriefs.Templates);
        return SampleBriefs.Render(BriefSelector.Select(source.Summary, source.Descriptor, BriefProfile.Full, SampleBriefs.Templates.Groups));
    });

    [Fact]
    public void FullBrief_PrintsEveryStakeholderCodeWhole_WhenACodeIsWiderThanTheUsualColumn()
    {
        var brief = Brief.Value;
        using var document = brief.Open();
        var codes = brief.Content.Themes.SelectMany(t => t.Statements).SelectMany(s => s.Stakeholders).ToHashSet(StringComparer.Ordinal);
        var pieces = codes.Concat(codes.SelectMany(c => c.Split('-', ' '))).ToHashSet(StringComparer.Ordinal);

        // a code cut across lines reads as one word above another at the same left edge that join into it
        var cut = document.GetPages().SelectMany(page => page.GetWords().Zip(page.GetWords().Skip(1)))
            .Where(pair => Math.Abs(pair.First.BoundingBox.Left - pair.Second.BoundingBox.Left) < 1
                && pair.Second.BoundingBox.Top < pair.First.BoundingBox.Bottom
                && pieces.Contains(pair.First.Text + pair.Second.Text.TrimEnd(',')))
            .Select(pair => pair.First.Text + " / " + pair.Second.Text)
            .ToList();

        Assert.Contains("CoE-Commissioner", codes); // wider than the usual 56 pt at the codes' size
        Assert.True(cut.Count == 0, "codes cut across lines: " + string.Join(", ", cut));
    }

    [Fact]
    public void FullBrief_PrintsTheHeatMapAtItsOwnSize_WhenItDoesNotFitBelowTheFirstChart()
    {
        var brief = Brief.Value;
        using var document = brief.Open();
        var page = document.GetPages().Single(p => p.Text.Contains("What each stakeholder raised, by theme", StringComparison.Ordinal));

        // a row label of the grid, drawn at 8 pt; shrunk into what was left below the bar chart, it was three quarters as wide
        var label = page.GetWords().Last(w => w.Text == "Minorities"); // the grid is drawn after anything else on its page
        var atEightPoints = TextMeasure.Width("Minorities", TextStyle.Default.FontFamily(ReportForge.Exports.Pdf.PdfTheme.Sans).FontSize(8),
            new PdfOptions { FontsDirectory = SampleBriefs.Templates.FontsDirectory });
        Assert.InRange(label.BoundingBox.Width, 0.92 * atEightPoints, 1.08 * atEightPoints);
    }
}
