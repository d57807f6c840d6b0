using DocumentFormat.OpenXml.Wordprocessing;
using ReportForge.Core.Model;

namespace ReportForge.Exports.Tests.Word;

public sealed class WordBriefSampleTests(WordSampleBriefs sample) : IClassFixture<WordSampleBriefs>
{
    [Fact]
    public void Plan_MakesSeventeenBriefs_ForTheSampleFullProfile()
    {
        Assert.Equal(17, sample.Plans.Count);
        Assert.Equal(sample.Plans.Count, sample.Plans.Select(p => p.RelativePath).Distinct().Count());
        Assert.All(sample.Plans, p => Assert.Matches("^full/word/[a-z0-9-]+\\.docx$", p.RelativePath));
    }

    [Fact]
    public void Render_PassesTheOpenXmlValidator_ForEverySampleBrief()
    {
        foreach (var (theme, bytes) in sample.Briefs)
        {
            using var brief = new WordBriefFile(bytes);
            var errors = brief.ValidationErrors();
            Assert.True(errors.Count == 0, $"{theme}: " + string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        }
    }

    [Fact]
    public void Render_ListsEveryExpectedRecommendation_InItsThemesBrief()
    {
        var missing = new List<string>();
        foreach (var recommendation in sample.Expected.Recommendations)
        {
            using var brief = new WordBriefFile(sample.Briefs[sample.Expected.SectionOf(recommendation.Paragraph)]);
            var asks = WordExpectedSummary.Normalise(string.Join("\n", brief.ParagraphsIn("ListNumber").Select(p => p.InnerText)));
            if (!asks.Contains(WordExpectedSummary.Normalise(recommendation.Phrase), StringComparison.Ordinal))
                missing.Add(recommendation.ToString());
        }
        Assert.True(missing.Count == 0, "Not in its theme's brief:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Render_AddsOneFootnotePerCitation_ForEverySampleBrief()
    {
        foreach (var theme in sample.Content.Themes)
        {
            using var brief = new WordBriefFile(sample.Briefs[theme.Section.Id]);
            var citations = theme.Statements.Count(s => s.Kind != StatementKind.Recommendation) + theme.Recommendations.Count;
            Assert.Equal(citations, brief.Footnotes.Count);
            Assert.Equal(citations, brief.FootnoteReferenceIds.Count);
        }
    }

    [Fact]
    public void Render_CitesTheSummaryParagraph_OfEachRecommendation()
    {
        var theme = sample.Content.Themes.First(t => t.Recommendations.Count > 0);
        using var brief = new WordBriefFile(sample.Briefs[theme.Section.Id]);

        var first = theme.Recommendations[0];
        var asks = brief.ParagraphsIn("ListNumber");
        var footnoteId = asks[0].Descendants<FootnoteReference>().Single().Id!.Value;
        var note = brief.Footnotes.Single(f => f.Id!.Value == footnoteId).InnerText.Trim();

        Assert.Equal($"Summary of stakeholders' information, {first.Citation}.", note);
    }

    [Fact]
    public void Render_ShowsNoPlaceholderText_WhenTheSampleHasNoCoverPage()
    {
        foreach (var bytes in sample.Briefs.Values)
        {
            using var brief = new WordBriefFile(bytes);
            Assert.DoesNotContain(brief.Paragraphs, p => p.Contains("()", StringComparison.Ordinal) || p.Contains(", ,", StringComparison.Ordinal));
        }
    }
}
