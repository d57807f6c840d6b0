using DocumentFormat.OpenXml.Wordprocessing;
using ReportForge.Core;
using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Pipeline;
using ReportForge.Exports.Word;

namespace ReportForge.Exports.Tests.Word;

public sealed class WordBriefRendererTests
{
    private static readonly WordBriefRenderer ListRenderer = new(TemplateSet.Open());
    private static readonly WordBriefRenderer TableRenderer = new(TemplateSet.Open(), new WordBriefOptions { RecommendationsAsTable = true });

    public static TheoryData<bool, string> EveryThemeInBothLayouts()
    {
        var data = new TheoryData<bool, string>();
        foreach (var asTable in new[] { false, true })
            foreach (var theme in new[] { "I.A", "II.B.1", "II.B.2" })
                data.Add(asTable, theme);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryThemeInBothLayouts))]
    public void Render_WritesADocumentThatPassesTheOpenXmlValidator(bool asTable, string theme)
    {
        using var brief = WordBriefFile.Render(asTable ? TableRenderer : ListRenderer, WordSampleContent.Content(), theme);

        var errors = brief.ValidationErrors();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void Render_AddsOneFootnote_PerCitation()
    {
        var content = WordSampleContent.Content();
        var theme = content.Themes.Single(t => t.Section.Id == WordSampleContent.EqualityTheme);
        var citations = theme.Statements.Count(s => s.Kind != StatementKind.Recommendation) + theme.Recommendations.Count;

        using var brief = WordBriefFile.Render(ListRenderer, content, WordSampleContent.EqualityTheme);

        Assert.Equal(citations, brief.Footnotes.Count);
        Assert.Equal(brief.Footnotes.Select(f => f.Id!.Value), brief.FootnoteReferenceIds);
    }

    [Fact]
    public void Render_CitesParagraphFootnoteAndSymbol_InEachFootnote()
    {
        using var brief = WordBriefFile.Render(ListRenderer, WordSampleContent.Content(), WordSampleContent.EqualityTheme);

        var notes = brief.Footnotes.Select(f => f.InnerText.Trim()).ToList();

        Assert.Contains("Summary of stakeholders' information (A/HRC/WG.6/7/KAZ/3), ¶ 10, fn 14.", notes);
        Assert.Contains("Summary of stakeholders' information (A/HRC/WG.6/7/KAZ/3), ¶ 11, fn 18.", notes);
        Assert.All(brief.Footnotes, f => Assert.Equal("FootnoteText", f.Descendants<ParagraphStyleId>().First().Val!.Value));
    }

    [Fact]
    public void Render_CitesWithoutASymbol_WhenTheSummaryHasNoCover()
    {
        var content = WordSampleContent.Content(document: DocumentInfo.Empty);

        using var brief = WordBriefFile.Render(ListRenderer, content, WordSampleContent.EqualityTheme);

        Assert.Contains("Summary of stakeholders' information, ¶ 10, fn 16.", brief.Footnotes.Select(f => f.InnerText.Trim()));
        Assert.Contains("Source: Summary of stakeholders' information, ¶ 10–11", brief.Paragraphs);
        Assert.Contains("Review: Universal Periodic Review", brief.Paragraphs);
        Assert.Empty(brief.ValidationErrors());
    }

    [Fact]
    public void Render_OpensWithATitleBlock_NamingThemeCountryReviewAndSource()
    {
        using var brief = WordBriefFile.Render(ListRenderer, WordSampleContent.Content(), WordSampleContent.EqualityTheme);

        Assert.Equal("Equality and non-discrimination", Assert.Single(brief.ParagraphsIn("Title")).InnerText);
        Assert.Equal("Universal Periodic Review · Kazakhstan", Assert.Single(brief.ParagraphsIn("BriefKicker")).InnerText);
        Assert.Equal(
            "Promotion and protection of human rights on the ground · Implementation of international human rights obligations",
            Assert.Single(brief.ParagraphsIn("Subtitle")).InnerText);
        Assert.Equal(
            [
                "Country: Kazakhstan",
                "Review: Universal Periodic Review, Seventh session",
                "Source: Summary of stakeholders' information, A/HRC/WG.6/7/KAZ/3, 23 November 2009, ¶ 10–11",
                "Brief: Full brief",
            ],
            brief.ParagraphsIn("BriefFacts").Select(p => p.InnerText));
    }

    [Fact]
    public void Render_NamesTheAudience_WhenTheProfileHasOne()
    {
        var profile = BriefProfile.Full with { Title = "Justice and detention brief", Audience = "Ministry of Justice" };

        using var brief = WordBriefFile.Render(ListRenderer, WordSampleContent.Content(profile), WordSampleContent.EqualityTheme);

        Assert.Equal(
            ["Brief: Justice and detention brief", "Prepared for: Ministry of Justice"],
            brief.ParagraphsIn("BriefFacts").Skip(3).Select(p => p.InnerText));
    }

    [Fact]
    public void Render_TellsTheSituation_WithEveryStatementAttributed()
    {
        using var brief = WordBriefFile.Render(ListRenderer, WordSampleContent.Content(), WordSampleContent.EqualityTheme);

        var headings = brief.ParagraphsIn("Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["The situation", "Recommendations", "Positive developments", "Stakeholders involved"], headings);
        // Both statements of paragraph 10 read as one paragraph of prose.
        Assert.Contains(brief.ParagraphsIn("Normal"), p =>
            p.InnerText.StartsWith("JS1 indicated that despite the formal efforts", StringComparison.Ordinal) &&
            p.InnerText.Contains("JS1 noted that women were paid", StringComparison.Ordinal));
        Assert.Contains(brief.ParagraphsIn("Normal"), p => p.InnerText.StartsWith("AI welcomed the adoption", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_OmitsPositiveDevelopments_WhenThereAreNone()
    {
        using var brief = WordBriefFile.Render(ListRenderer, WordSampleContent.Content(), "II.B.2");

        Assert.DoesNotContain("Positive developments", brief.ParagraphsIn("Heading1").Select(p => p.InnerText));
    }

    [Fact]
    public void Render_NumbersEachAsk_WithWhoMadeItActionAndGroups()
    {
        using var brief = WordBriefFile.Render(ListRenderer, WordSampleContent.Content(), "II.B.2");

        var ask = Assert.Single(brief.ParagraphsIn("ListNumber"));
        Assert.Equal("Follow up on conditions of detention in temporary holding facilities.", ask.InnerText);
        Assert.Single(ask.Descendants<FootnoteReference>());
        Assert.Equal(
            "Made by: Penal Reform International (PRI), Amnesty International (AI)  ·  Addressed to: the Human Rights Council  ·  "
            + "Action: 4 – General action  ·  Affected groups: Persons deprived of liberty",
            Assert.Single(brief.ParagraphsIn("AskDetails")).InnerText);
    }

    [Fact]
    public void Render_ListsRecommendationsInAGrid_WhenTheOptionsAskForOne()
    {
        using var brief = WordBriefFile.Render(TableRenderer, WordSampleContent.Content(), "I.A");

        var table = Assert.Single(brief.Body.Elements<Table>());
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["No.", "Recommendation", "Made by", "Action", "Affected groups"], rows[0]);
        Assert.Equal(["1.", "Ratify the CRPD and OP-CRPD at the earliest opportunity.", "Joint submission 3 (JS3)", "5 – Specific action", "Persons with disabilities"], rows[1]);
        Assert.Equal("BriefTable", table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
        Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Empty(brief.ParagraphsIn("ListNumber"));
        Assert.Single(brief.Footnotes, f => f.InnerText.Contains("¶ 1, fn 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_NamesTheStakeholdersInvolved_InFull()
    {
        using var brief = WordBriefFile.Render(ListRenderer, WordSampleContent.Content(), "II.B.2");

        Assert.Equal(
            ["Amnesty International (AI)", "Penal Reform International (PRI)"],
            brief.ParagraphsIn("ListBullet").Select(p => p.InnerText));
    }

    [Fact]
    public void Render_NamesJointSubmissionsByNumber_WhenTheSummaryGivesNoName()
    {
        using var brief = WordBriefFile.Render(ListRenderer, WordSampleContent.Content(), "I.A");

        Assert.Equal(["Joint submission 3 (JS3)"], brief.ParagraphsIn("ListBullet").Select(p => p.InnerText));
    }

    [Fact]
    public void Render_EndsEveryStatementWithAFullStop_WhenTheSummaryLostIt()
    {
        using var brief = WordBriefFile.Render(ListRenderer, WordSampleContent.Content(), "II.B.2");

        Assert.Contains("PRI expressed concern about the conditions of detention in temporary holding facilities.", brief.Text);
    }

    [Fact]
    public void Render_EndsWithASourcesNote()
    {
        using var brief = WordBriefFile.Render(ListRenderer, WordSampleContent.Content(), "II.B.2");

        Assert.Equal("Sources", brief.ParagraphsIn("Heading2").Last().InnerText);
        var notes = brief.ParagraphsIn("SourceNote").Select(p => p.InnerText).ToList();
        Assert.Contains(notes, n => n.Contains("(A/HRC/WG.6/7/KAZ/3), dated 23 November 2009", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("kazakhstan-2010.txt (SHA-256 aaaaaaaaaaaa…)", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_StripsXmlInvalidCharacters_FromEveryRun()
    {
        using var brief = WordBriefFile.Render(ListRenderer, WordSampleContent.Content(), WordSampleContent.EqualityTheme);

        Assert.Contains("women were paid 61 per cent of what men were paid.", brief.Text);
        Assert.DoesNotContain(brief.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>(), t => t.Text.Any(c => c is '\u0001' or '\uFFFF'));
    }

    [Fact]
    public void Render_RefusesAPlan_ForAThemeTheContentLacks()
    {
        var plan = new ArtifactPlan(ArtifactKind.WordBrief, "full/word/x.docx", "full", "IX.Z");

        Assert.Throws<ArgumentException>(() => WordBriefFile.RenderBytes(ListRenderer, plan, WordSampleContent.Content()));
    }

    [Fact]
    public void Render_NamesTheMissingFile_WhenTheReferenceDocumentIsGone()
    {
        var renderer = new WordBriefRenderer(Path.Combine(Path.GetTempPath(), "no-such-reference.docx"));
        var content = WordSampleContent.Content();

        var error = Assert.Throws<InputException>(() => WordBriefFile.RenderBytes(renderer, renderer.Plan(content).First(), content));

        Assert.Contains("no-such-reference.docx", error.Message, StringComparison.Ordinal);
    }
}
