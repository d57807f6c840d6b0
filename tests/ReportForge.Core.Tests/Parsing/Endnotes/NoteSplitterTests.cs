using ReportForge.Core.Parsing.Endnotes;

namespace ReportForge.Core.Tests.Parsing.Endnotes;

public class NoteSplitterTests
{
    private static Dictionary<int, string> Notes(string text) =>
        EndnoteReader.Read(EndnoteDocuments.FromText(text)).Notes.ToDictionary(n => n.Key, n => n.Value.Text);

    [Fact]
    public void Read_TakesOneNotePerLine()
    {
        var notes = Notes("Notes\n1 A/HRC/46/15.\n2 AI, p. 2.\n3 JS1, para. 4.\n");

        Assert.Equal(["A/HRC/46/15.", "AI, p. 2.", "JS1, para. 4."], notes.Values);
    }

    [Fact]
    public void Read_JoinsANoteWrappedOverLines()
    {
        var notes = Notes("1 EUAFR, p. 22 (National human Rights Institutions in the EU Member States - May 2010 -, pp. 50-\n   51).\n2 AI, p. 2.\n");

        Assert.Equal("EUAFR, p. 22 (National human Rights Institutions in the EU Member States - May 2010 -, pp. 50- 51).", notes[1]);
        Assert.Equal(2, notes.Count);
    }

    [Fact]
    public void Read_SplitsSeveralNotesOnOneLine_WithoutTakingPageNumbersForNotes()
    {
        // "p. 8. 8 DIHR": the first 8 is a page, the second the note.
        var notes = Notes("1 A/HRC/48/10.\n2 DIHR, p. 6. 3 DIHR, p. 7. 4 DIHR, pp. 8-9. 5 DIHR, p. 6. 6 DIHR, p. 8. 7 DIHR, p. 8. 8 DIHR, p. 9.\n");

        Assert.Equal(8, notes.Count);
        Assert.Equal("DIHR, p. 6.", notes[5]);
        Assert.Equal("DIHR, p. 8.", notes[7]);
        Assert.Equal("DIHR, p. 9.", notes[8]);
    }

    [Fact]
    public void Read_TakesANumberAloneOnItsLineAsTheNextNote_ButNotThePageNumberBesideTheSymbol()
    {
        var notes = Notes("""
                  1
                   The stakeholders listed below have contributed information for this summary.
                  2
                     AI, p.2.
                                                                                        3
            A/HRC/WG.6/20/SVN/3
                  3
                     AI, p.4.
            """);

        Assert.Equal([1, 2, 3], notes.Keys);
        Assert.Equal("AI, p.2.", notes[2]);
        Assert.Equal("AI, p.4.", notes[3]);
    }

    [Fact]
    public void Read_SkipsPageFurnitureAnywhere()
    {
        var notes = Notes("""
            1 A/HRC/46/15.
            2 AI, para. 3; HRW,
            GE.25-01234 (E) 240225 250225
            *2501234*
            Page 9
            A/HRC/WG.6/50/USA/3
            para. 4. 3 JS2, p. 5.
            10
            """);

        Assert.Equal("AI, para. 3; HRW, para. 4.", notes[2]);
        Assert.Equal("JS2, p. 5.", notes[3]);
        Assert.Equal(3, notes.Count);
    }

    [Fact]
    public void Read_DoesNotStartANoteAtANumberInsideAJointSubmission()
    {
        var notes = Notes("1 A/HRC/46/15.\n2 The stakeholders listed below have contributed information for this summary.\nJS3 Joint submission 3 submitted by: A, Paris (France).\n3 JS3, p. 1.\n");

        Assert.Equal(3, notes.Count);
        Assert.Contains("Joint submission 3 submitted by", notes[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GivesNothing_WhenThereAreNoNotes() =>
        Assert.Empty(EndnoteReader.Read([]).Notes);

    [Fact]
    public void Read_GoesOnCounting_AfterANoteWhoseNumberWasLost()
    {
        var notes = Notes("1 A/HRC/46/15.\n2 AI, p. 2 and Human Rights Watch 3 HRW, p. 3. 4 JS1, p. 4. 5 JS2, p. 5.\n");

        Assert.Equal([1, 2, 4, 5], notes.Keys);
        Assert.Equal("JS2, p. 5.", notes[5]);
    }
}
