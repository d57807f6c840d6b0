using ReportForge.Core.Parsing.Reading.Pdf;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Tests.Parsing.Reading.Pdf;

/// <summary>Lines and cues the PDF reader makes from letters, on PDFs laid out like the UN's.</summary>
public class PdfSummaryReaderTests
{
    [Fact]
    public void Read_GluesARaisedMarkerToTheWordBefore_AndRecordsItsRange()
    {
        var lines = Read([new Run("Statelessness. ", 113.3, 400), Run.Marker("6", 400), new Run(" JS2 recommended.", Run.After, 400)]);
        var line = Assert.Single(lines, l => !l.IsBlank);
        Assert.Equal("Statelessness.6 JS2 recommended.", line.Text);
        Assert.Equal([new Range(14, 15)], line.Cues.Raised);
    }

    [Fact]
    public void Read_KeepsTwoMarkersOfOneLineApart()
    {
        var lines = Read([new Run("AI noted", 113.3, 400), Run.Marker("12", 400), new Run(" and JS1 agreed.", Run.After, 400), Run.Marker("13", 400)]);
        var line = Assert.Single(lines, l => !l.IsBlank);
        Assert.Equal("AI noted12 and JS1 agreed.13", line.Text);
        Assert.Equal(["12", "13"], line.Cues.Raised.Select(r => line.Text[r]));
    }

    [Fact]
    public void Read_RecordsAWholeItalicLine_AsItalic_ButNotALineWithOneItalicWord()
    {
        var lines = Read(
        [
            new Run("Equality and non-discrimination", 56.6, 500, Italic: true), Run.Marker("21", 500),
            new Run("13. On the so called ", 113.3, 480), new Run("erased", Run.After, 480, Italic: true), new Run(", AI informed.", Run.After, 480),
            new Run("1. Cross-cutting issues", 56.6, 460, Bold: true),
        ]);
        var text = lines.Where(l => !l.IsBlank).ToList();
        Assert.Equal(("Equality and non-discrimination21", LineStyle.Italic), (text[0].Text, text[0].Cues.Style));
        Assert.Equal(LineStyle.Regular, text[1].Cues.Style);
        Assert.Equal((LineStyle.Bold, 10.0), (text[2].Cues.Style, text[2].Cues.FontSize));
    }

    [Fact]
    public void Read_DropsRunningHeaderPageNumberAndJobNumber_ButKeepsTextLowOnThePage()
    {
        var page2 = new List<Run>
        {
            new("A/HRC/WG.6/20/SVN/3", 445.2, 777, 9, Bold: true),
            new("1. AI stated that the mandates lacked clarity.", 113.3, 700),
            new("of the State under review.", 113.3, 125),
            new("GE.14-09727 (E)", 56.6, 110),
            new("2", 56.6, 87, 9, Bold: true),
        };
        var lines = PdfSummaryReader.Read(TestPdf.Write([TestPdf.Cover("A/HRC/WG.6/20/SVN/3", "Summary"), page2]), "s.pdf");
        var second = lines.Where(l => l.Cues.Page == 2 && !l.IsBlank).Select(l => l.Text).ToList();
        Assert.Equal(["1. AI stated that the mandates lacked clarity.", "of the State under review."], second);
        // The cover keeps its symbol: the cover parser reads it there.
        Assert.Contains(lines, l => l.Cues.Page == 1 && l.Text == "A/HRC/WG.6/20/SVN/3");
    }

    [Fact]
    public void Read_PutsANotesLineBeforeTheFirstEndnote_WhenTheDocumentPrintsNone()
    {
        var page2 = new List<Run>
        {
            new("1. AI stated that the mandates lacked clarity.", 113.3, 700), Run.Marker("2", 700),
            new("1", 101.7, 303, 6), new("The stakeholders listed below have contributed information for this summary.", 113.3, 300, 9),
            new("2", 101.7, 292, 6), new("AI, p. 2.", 113.3, 289, 9),
        };
        var lines = PdfSummaryReader.Read(TestPdf.Write([TestPdf.Cover("A/HRC/WG.6/20/SVN/3", "Summary"), page2]), "s.pdf");
        var text = lines.Where(l => l.Cues.Page == 2 && !l.IsBlank).Select(l => l.Text).ToList();
        Assert.Equal(["1. AI stated that the mandates lacked clarity.2", "Notes",
            "1 The stakeholders listed below have contributed information for this summary.", "2 AI, p. 2."], text);
    }

    [Fact]
    public void Read_NumbersLinesThroughTheDocument_AndGivesEachItsPage()
    {
        var lines = PdfSummaryReader.Read(TestPdf.Write([TestPdf.Cover("A/HRC/WG.6/20/SVN/3", "Summary"), [new Run("1. AI noted.", 113.3, 700)]]), "s.pdf");
        Assert.Equal(Enumerable.Range(1, lines.Count), lines.Select(l => l.Number));
        Assert.Equal(2, lines[^1].Cues.Page);
        Assert.Equal(1, lines[0].Cues.Page);
    }

    private static List<SourceLine> Read(List<Run> page2) =>
        PdfSummaryReader.Read(TestPdf.Write([page2]), "s.pdf");
}
