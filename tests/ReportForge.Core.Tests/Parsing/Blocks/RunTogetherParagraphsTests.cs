using ReportForge.Core.Parsing.Blocks;

namespace ReportForge.Core.Tests.Parsing.Blocks;

public class RunTogetherParagraphsTests
{
    [Fact]
    public void Find_FindsTheNextParagraph_AfterTheEndOfASentence()
    {
        const string line = "implementing legislation.4 2. JS1 noted that";
        Assert.Equal(line.IndexOf("2. JS1", StringComparison.Ordinal), RunTogetherParagraphs.Find(line, 2));
    }

    [Theory]
    [InlineData("ratification of ICCPR–OP 2.2 JS3 urged", 2)]
    [InlineData("under Protocol No. 2. The State", 2)]
    [InlineData("legislation.4 3. JS1 noted", 2)]
    public void Find_IgnoresNumbersThatDoNotStartTheExpectedParagraph(string line, int expected) =>
        Assert.Equal(-1, RunTogetherParagraphs.Find(line, expected));
}
