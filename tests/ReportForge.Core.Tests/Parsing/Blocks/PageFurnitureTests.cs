using ReportForge.Core.Parsing.Blocks;

namespace ReportForge.Core.Tests.Parsing.Blocks;

public class PageFurnitureTests
{
    [Theory]
    [InlineData("A/HRC/WG.6/7/KAZ/3")]
    [InlineData("Page 2")]
    [InlineData("A/HRC/WG.6/7/KAZ/3 Page 12")]
    [InlineData("17")]
    [InlineData("GE.09-17008 (E) 101209")]
    [InlineData("_________________________")]
    public void IsFurniture_RecognisesRunningHeadersAndFooters(string line) => Assert.True(PageFurniture.IsFurniture(line));

    [Theory]
    [InlineData("1.")]
    [InlineData("JS1 noted that")]
    [InlineData("Page 2 of the report states")]
    [InlineData("N/A")]
    public void IsFurniture_LeavesText(string line) => Assert.False(PageFurniture.IsFurniture(line));
}
