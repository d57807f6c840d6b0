using ReportForge.Core.Parsing.Blocks;
using ReportForge.Core.Tests.Parsing.Endnotes;

namespace ReportForge.Core.Tests.Parsing.Blocks;

public class EndnoteNamesTests
{
    [Fact]
    public void Read_NamesEveryListedCode_FromTheEndnoteReader()
    {
        var names = EndnoteNames.Read(EndnoteDocuments.Lines("united-states-2025"), []);

        Assert.Equal("Elizka Relief Foundation", names["Elizka Relief Foundation"]);
        Assert.Equal("Presbyterian Church (USA)", names["PC(USA)"]);
        Assert.StartsWith("Joint submission 75 submitted by: The Roderick and Solange", names["JS75"], StringComparison.Ordinal);
        Assert.Equal(155, EndnoteDocuments.Read("united-states-2025").Stakeholders.Count(s => names.ContainsKey(s.Code)));
    }

    [Fact]
    public void Read_NamesTheBodysOtherSpellingsOfAListedCode()
    {
        // The list has "unpointl" and "moheb"; the body writes "UNPO" and "Moheb".
        var names = EndnoteNames.Read(EndnoteDocuments.Lines("united-states-2025"), []);

        Assert.Equal("Unrepresented Nations and Peoples Organization", names["UNPO"]);
        Assert.Equal("The Association of Iranian Jurists Defending Human Rights", names["Moheb"]);
    }

    [Fact]
    public void Read_GivesNothing_WithoutAStakeholderList() =>
        Assert.Empty(EndnoteNames.Read(EndnoteDocuments.FromText("1 A/HRC/46/15, A/HRC/46/2.\n2 AI, p. 2.\n"), ["AI"]));
}
