using ReportForge.Core.Model;

namespace ReportForge.Core.Tests.Enrichment;

/// <summary>What the endnotes of a 4th-cycle summary add to its statements: sources and pointers.</summary>
public class NoteSourcesTests
{
    private const string Text = """
        A/HRC/WG.6/52/DNK/3
        Summary of stakeholders' submissions on Denmark*
        I. Background
        1. The present report was prepared pursuant to Human Rights Council resolutions 5/1 and 16/21, taking into consideration the outcome of the previous review.1 It is a summary of 3 stakeholders' submissions2 for the universal periodic review.
        II. Information provided by stakeholders
        A. Scope of international obligations and cooperation with human rights mechanisms
        2. Amnesty International (AI) noted that Denmark had not ratified the Convention.3 JS6 recommended that Denmark ratify the Convention on the Rights of Persons with Disabilities.4
        3. Several submissions recommended that Denmark adopt a national action plan on racism.5
        Notes
        1 A/HRC/48/10 and A/HRC/48/10/Add.1.
        2 The stakeholders listed below have contributed information for this summary; the full texts of all original submissions are available at: www.ohchr.org.
        Civil society
        Individual submissions:
        AI Amnesty International, London (United Kingdom);
        HRW Human Rights Watch, Geneva (Switzerland);
        Joint submissions:
        JS6 Joint submission 6 submitted by: Danish Helsinki Committee, Copenhagen (Denmark); KVINFO, Copenhagen (Denmark).
        3 AI, p. 2. 4 JS6 made a recommendation (para. 7.2.2). 5 HRW, para. 4 and AI, p. 3.
        """;

    private static Summary Parse() => TestData.Parse(Text);

    [Fact]
    public void Parse_PointsAnAskToTheSubmission_ItsNoteNames()
    {
        var ask = Assert.Single(Parse().Recommendations, r => r.Paragraph == 2);

        Assert.Equal([new SubmissionPointer("JS6", "para. 7.2.2")], ask.Pointers);
        Assert.EndsWith("see JS6's submission, para. 7.2.2", ask.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AttributesAnUnnamedSource_ToTheSubmissionsItsNoteCites()
    {
        var ask = Assert.Single(Parse().Recommendations, r => r.Paragraph == 3);

        Assert.Equal(["HRW", "AI"], ask.Stakeholders);
    }

    [Fact]
    public void Parse_KeepsTheIntroductionsNotes_OutOfTheBodyFootnotes()
    {
        var summary = Parse();

        Assert.Equal([1, 2], summary.Document.IntroductionNotes);
        Assert.Equal([3, 4, 5], summary.Paragraphs.SelectMany(p => p.FootnoteNumbers));
    }

    [Fact]
    public void Themes_LeaveOutTheBackground_ThatHoldsOnlyTheReportsIntroduction()
    {
        var summary = Parse();

        Assert.Equal(1, summary.Document.IntroductionParagraph);
        Assert.DoesNotContain(summary.Themes, t => t.Id == "I");
        Assert.Contains(summary.Themes, t => t.ThemeKey == "scope-of-international-obligations");
    }

    [Fact]
    public void Parse_NamesAJointSubmissionsMembers()
    {
        var js6 = Parse().Stakeholder("JS6")!;

        Assert.Equal(StakeholderKind.JointSubmission, js6.Kind);
        Assert.Contains(js6.Members, m => m.StartsWith("Danish Helsinki Committee", StringComparison.Ordinal));
    }
}
