using ReportForge.Core.Parsing.Endnotes;

namespace ReportForge.Core.Tests.Parsing.Endnotes;

public class EndnoteCitationTests
{
    private static EndnoteSet Read(string notes) => EndnoteReader.Read(EndnoteDocuments.FromText("""
        1 A/HRC/46/15.
        2 The stakeholders listed below have contributed information for this summary.
        Civil society
        AI           Amnesty International, London (United Kingdom);
        JS2          Joint submission 2 submitted by: A, Paris (France); B;
        JS6          Joint submission 6 submitted by: C, Rome (Italy); D.
        Regional intergovernmental organization(s):
        CoE          Council of Europe, Strasbourg (France).

        """ + notes));

    [Fact]
    public void Sources_NamesEveryCodeANoteCites_InOrder()
    {
        var set = Read("3 JS2, para. 8 and CoE, para. 10. See also AI, p. 3.\n");

        Assert.Equal(["JS2", "CoE", "AI"], set.Sources(3));
    }

    [Fact]
    public void Sources_NamesACodeTheListDoesNotHold_ByTheReferenceAfterIt()
    {
        var set = Read("3 Partners for Transparency, p. 1; AI, para. 2.\n");

        Assert.Equal(["Partners for Transparency", "AI"], set.Sources(3));
    }

    [Fact]
    public void Sources_IsEmpty_ForTheListItselfAndForUnknownNotes()
    {
        var set = Read("3 AI, p. 1.\n");

        Assert.Empty(set.Sources(2));
        Assert.Empty(set.Sources(99));
    }

    [Fact]
    public void Pointers_ReadFourthCycleNotesThatPointIntoASubmission()
    {
        var set = Read("3 JS6 made a recommendation (para. 7.2.2). 4 AI, p. 2. See also CoE made similar recommendations (paras. 3 and 4).\n");

        Assert.Equal(
            [new RecommendationPointer(3, "JS6", "para. 7.2.2"), new RecommendationPointer(4, "CoE", "paras. 3 and 4")],
            set.Pointers);
    }
}
