using ReportForge.Exports.Excel;

namespace ReportForge.Exports.Tests.Excel;

public sealed class RowHeightsTests
{
    [Theory]
    [InlineData("", 10, 1)]
    [InlineData("short", 10, 1)]
    [InlineData("aaaa bbbb cccc", 10, 2)]
    [InlineData("aaaa bbbb cccc dddd", 10, 2)]
    [InlineData("aaaa\nbbbb", 40, 2)]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 10, 3)]
    public void Lines_WrapsAtSpaces_LikeExcel(string text, double width, int expected) =>
        Assert.Equal(expected, RowHeights.Lines(text, width));

    [Fact]
    public void ForLines_GrowsWithTheLineCount_UpToExcelsLimit()
    {
        Assert.Equal(16, RowHeights.ForLines(1, 10));
        Assert.Equal(42, RowHeights.ForLines(3, 10));
        Assert.Equal(RowHeights.Max, RowHeights.ForLines(1000, 10));
    }
}
