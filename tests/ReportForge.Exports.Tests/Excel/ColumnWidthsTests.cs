using ReportForge.Exports.Excel;

namespace ReportForge.Exports.Tests.Excel;

public sealed class ColumnWidthsTests
{
    [Fact]
    public void Fit_TakesTheLongestLine_WithinTheBounds()
    {
        Assert.Equal(9.5, ColumnWidths.Fit("Code", ["JS1", "Forum 18", "PRI-CA"], 4, 20));
        Assert.Equal(20, ColumnWidths.Fit("Code", [new string('x', 200)], 4, 20));
        Assert.Equal(8, ColumnWidths.Fit("Id", ["a"], 8, 20));
    }

    [Fact]
    public void Fit_LetsHeadersWrap_SoOnlyTheirLongestWordCounts() =>
        Assert.Equal(12.5, ColumnWidths.Fit("Responsible institution", [], 4, 30));
}
