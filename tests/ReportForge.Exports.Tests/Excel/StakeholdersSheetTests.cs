using ReportForge.Exports.Excel;

namespace ReportForge.Exports.Tests.Excel;

public sealed class StakeholdersSheetTests
{
    [Fact]
    public void Render_ListsStakeholders_WithNamesCountsAndThemes()
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content());
        var sheet = file.Workbook.Worksheet(StakeholdersSheet.Name);

        var table = sheet.Table(StakeholdersSheet.TableName);
        Assert.Equal(3, table.DataRange.RowCount());
        var js1 = table.DataRange.Rows().Single(r => r.Cell(1).GetString() == "JS1");
        Assert.Equal("Joint submission 1 & partners", js1.Cell(2).GetString());
        Assert.Equal(2, js1.Cell(3).GetValue<int>());
        Assert.Equal("Scope of international obligations; Right to life, liberty and security of the person", js1.Cell(4).GetString());
        Assert.Equal("1, 2", js1.Cell(5).GetString());
    }
}
