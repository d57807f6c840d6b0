using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Pipeline;
using ReportForge.Exports.Word;

namespace ReportForge.Exports.Tests.Word;

public sealed class WordBriefRendererPlanTests
{
    private readonly WordBriefRenderer _renderer = new(TemplateSet.Open());

    [Fact]
    public void Plan_MakesOneBriefPerTheme_NamedByTheSlug()
    {
        var plans = _renderer.Plan(WordSampleContent.Content()).ToList();

        Assert.Equal(
            [
                "full/word/scope-of-international-obligations.docx",
                "full/word/equality-and-non-discrimination.docx",
                "full/word/right-to-life-liberty-and-security-of-the-person.docx",
            ],
            plans.Select(p => p.RelativePath));
        Assert.Equal(["I.A", "II.B.1", "II.B.2"], plans.Select(p => p.Theme));
        Assert.All(plans, p => Assert.Equal(ArtifactKind.WordBrief, p.Kind));
        Assert.All(plans, p => Assert.Equal("full", p.Profile));
    }

    [Fact]
    public void Plan_KeepsFileNamesApart_WhenTwoThemesShareATitle()
    {
        var summary = WordSampleContent.Summary();
        var renamed = summary with
        {
            // The same words, another theme: "General" under two headings, say.
            Sections = summary.Sections.Select(s => s.Id == "II.B.2" ? s with { Title = "Equality and non-discrimination", ThemeKey = s.ThemeKey } : s).ToList(),
        };
        var content = BriefSelector.Select(renamed, WordSampleContent.Source, BriefProfile.Full, WordSampleContent.Groups);

        var paths = _renderer.Plan(content).Select(p => p.RelativePath).ToList();

        Assert.Equal(paths.Count, paths.Distinct().Count());
        Assert.Contains("full/word/equality-and-non-discrimination-ii-b-2.docx", paths);
    }

    [Fact]
    public void Plan_MakesOneBrief_WhenTwoSectionsShareACanonicalTheme()
    {
        var summary = WordSampleContent.Summary();
        var key = summary.Section("II.B.1").ThemeKey;
        var merged = summary with { Sections = summary.Sections.Select(s => s.Id == "II.B.2" ? s with { ThemeKey = key } : s).ToList() };
        var content = BriefSelector.Select(merged, WordSampleContent.Source, BriefProfile.Full, WordSampleContent.Groups);

        var theme = Assert.Single(content.Themes, t => t.Section.ThemeKey == key);

        Assert.True(theme.Holds("II.B.1") && theme.Holds("II.B.2"));
        Assert.Contains(theme.Paragraphs, p => p.SectionId == "II.B.2");
        Assert.DoesNotContain(_renderer.Plan(content), p => p.Theme == "II.B.2");
    }

    [Fact]
    public void Plan_FollowsTheProfile_ThatCutTheContent()
    {
        var profile = BriefProfile.Full with { Name = "justice", Themes = ["II.B.2"] };

        var plan = Assert.Single(_renderer.Plan(WordSampleContent.Content(profile)));

        Assert.Equal("justice/word/right-to-life-liberty-and-security-of-the-person.docx", plan.RelativePath);
        Assert.Equal("justice", plan.Profile);
    }

    [Fact]
    public void RendererCatalog_ShipsTheWordBriefRenderer() =>
        Assert.Contains(RendererCatalog.Create(TemplateSet.Open()), r => r is WordBriefRenderer && r.Kind == ArtifactKind.WordBrief);
}
