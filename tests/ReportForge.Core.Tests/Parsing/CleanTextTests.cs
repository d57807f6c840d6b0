namespace ReportForge.Core.Tests.Parsing;

/// <summary>Text with footnote markers taken out reads as the authors wrote it.</summary>
public class CleanTextTests
{
    private static string Text(int paragraph) => TestData.Summary.Paragraph(paragraph)!.Text;

    [Fact]
    public void Parse_TakesTheMarkerOffANumberedTreaty_NotTheTreatyNumber()
    {
        Assert.StartsWith("Joint Submission (JS) recommended the ratification of ICCPR–OP 2. JS3 urged", Text(1));
    }

    [Fact]
    public void Parse_SplitsMarkersGluedToStakeholderCodes()
    {
        Assert.StartsWith("JS2 and JS1 noted that torture", Text(16));
        Assert.Equal(30, TestData.Summary.Paragraph(16)!.Footnotes[0].Number);
    }

    [Fact]
    public void Parse_KeepsNumbersThatAreText()
    {
        Assert.Contains("amounts only to 11.1 per cent.", Text(10));
        Assert.Contains("from 1 August 2008 all arrests", Text(17));
        Assert.Contains("abolish article 10 of the Law on Freedom of Assembly.", Text(38));
    }

    [Fact]
    public void Parse_RemovesMarkersGluedToWordsOrAfterPunctuation()
    {
        Assert.EndsWith("including those of an informal nature.", Text(39));
        Assert.Contains("in accordance with the OP-CAT, and enlarge", Text(18));
        Assert.Contains("should be set up. PRI-Central Asia recommended", Text(27));
    }

    [Fact]
    public void Parse_RepairsLostHyphensAndSplitCodes()
    {
        Assert.Contains("habeas corpus. PRI-Central Asia recommended", Text(17));
        Assert.StartsWith("JS1 noted the acute problems", Text(11));
    }

    [Fact]
    public void Parse_PlacesEachMarkerWhereItStood()
    {
        var paragraph = TestData.Summary.Paragraph(1)!;
        var marker = paragraph.Footnotes.Single(f => f.Number == 3);
        Assert.EndsWith("at the earliest opportunity.", paragraph.Text[..marker.Offset]);
        Assert.Equal((5, 60), (marker.Line, marker.Column));
    }
}
