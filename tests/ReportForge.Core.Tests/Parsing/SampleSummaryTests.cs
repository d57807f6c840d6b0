using ReportForge.Core.Model;
using ReportForge.Core.Tests.Fixtures;

namespace ReportForge.Core.Tests.Parsing;

/// <summary>The built-in sample against its hand-checked structure.</summary>
public class SampleSummaryTests
{
    private static readonly ExpectedSummary Expected = ExpectedSummary.Kazakhstan2010;
    private static Summary Summary => TestData.Summary;

    [Fact]
    public void Parse_FindsEveryParagraph_InItsSection()
    {
        Assert.Equal(Expected.ParagraphCount, Summary.Paragraphs.Count);
        Assert.Equal(
            Expected.Paragraphs.Select(p => (p.Number, p.Section)),
            Summary.Paragraphs.Select(p => (p.Number, p.SectionId)));
    }

    [Fact]
    public void Parse_FindsEveryFootnoteMarker_InTheRightParagraph()
    {
        Assert.Equal(Expected.FootnoteCount, Summary.Paragraphs.Sum(p => p.Footnotes.Count));
        foreach (var expected in Expected.Paragraphs)
            Assert.Equal(expected.Footnotes, Summary.Paragraph(expected.Number)!.FootnoteNumbers);
    }

    [Fact]
    public void Parse_FindsEverySection_WithIdTitleAndParent()
    {
        Assert.Equal(Expected.Sections.Select(s => (s.Id, s.Title)), Summary.Sections.Select(s => (s.Id, s.Title)));
        foreach (var section in Summary.Sections)
        {
            var dot = section.Id.LastIndexOf('.');
            Assert.Equal(dot < 0 ? null : section.Id[..dot], section.ParentId);
        }
    }

    [Fact]
    public void Parse_FindsEveryStakeholder_WithTheNamesTheTextDefines()
    {
        Assert.Equal(
            Expected.Stakeholders.Select(s => s.Abbreviation).Order(StringComparer.Ordinal),
            Summary.Stakeholders.Select(s => s.Abbreviation).Order(StringComparer.Ordinal));
        foreach (var expected in Expected.Stakeholders.Where(s => s.Name is not null))
            Assert.Equal(expected.Name, Summary.Stakeholder(expected.Abbreviation)!.Name);
    }

    [Fact]
    public void Parse_NamesStakeholders_FromTheKnownList_WhenTheTextDoesNot()
    {
        Assert.Equal("Forum 18 News Service", Summary.Stakeholder("Forum 18")!.Name);
        Assert.Null(Summary.Stakeholder("JS1")!.Name);
    }

    [Fact]
    public void Parse_ListsTheParagraphsThatMentionEachStakeholder()
    {
        Assert.Equal([16, 17, 18, 26], Summary.Stakeholder("JS2")!.Paragraphs);
        Assert.Equal([14], Summary.Stakeholder("WCADP")!.Paragraphs);
    }

    [Fact]
    public void Parse_FindsEveryExpectedRecommendation()
    {
        var missing = Expected.Recommendations.Where(e => !Summary.Recommendations.Any(r => Matches(e, r))).ToList();
        Assert.True(missing.Count == 0, "Missing: " + string.Join("; ", missing));
    }

    [Fact]
    public void Parse_InventsNoRecommendations()
    {
        // Every ask found answers a gold one or the optional endorsement in ¶23; asks may be split, never invented.
        var gold = Expected.Recommendations.Select(e => (e.Paragraph, string.Join("+", e.Stakeholders.Order()), e.Verb)).ToHashSet();
        foreach (var r in Summary.Recommendations)
            Assert.Contains((r.Paragraph, string.Join("+", r.Stakeholders.Order()), r.Verb), gold);
        Assert.DoesNotContain(Summary.Recommendations, r => r.Verb is "described" or "stated");
    }

    [Fact]
    public void Parse_GivesRecommendations_IdsByParagraphAndIndex()
    {
        var paragraph17 = Summary.Recommendations.Where(r => r.Paragraph == 17).Select(r => r.Id);
        Assert.Equal(["R17.1", "R17.2"], paragraph17);
        Assert.All(Summary.Recommendations, r => Assert.Equal(Summary.Paragraph(r.Paragraph)!.SectionId, r.SectionId));
    }

    [Fact]
    public void Parse_DetectsTheCountryUnderReview()
    {
        Assert.Equal("Kazakhstan", Summary.Country);
    }

    [Fact]
    public void Parse_ReportsNoWarnings_OnTheSample()
    {
        Assert.DoesNotContain(Summary.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Parse_KeepsNotApplicableSections_AsEmptySections()
    {
        Assert.Contains(Summary.Sections, s => s.Id == "IV");
        Assert.DoesNotContain(Summary.Paragraphs, p => p.SectionId is "IV" or "V");
    }

    private static bool Matches(ExpectedRecommendation expected, Recommendation actual) =>
        actual.Paragraph == expected.Paragraph
        && actual.Verb == expected.Verb
        && actual.Stakeholders.Order().SequenceEqual(expected.Stakeholders.Order())
        && ExpectedSummary.Normalise(actual.Text).Contains(ExpectedSummary.Normalise(expected.Phrase), StringComparison.Ordinal);
}
