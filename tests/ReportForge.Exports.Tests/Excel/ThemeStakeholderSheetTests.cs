using ClosedXML.Excel;
using ReportForge.Exports.Excel;

namespace ReportForge.Exports.Tests.Excel;

public sealed class ThemeStakeholderSheetTests
{
    [Fact]
    public void Render_CountsRecommendations_PerThemeAndStakeholder_WithTotals()
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content());
        var sheet = file.Workbook.Worksheet(ThemeStakeholderSheet.Name);

        // Columns: Theme, JS1, AI, HRW, Total; rows: two themes, then totals.
        Assert.Equal(["Theme", "JS1", "AI", "HRW", "Total"], sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal("Scope of international obligations", sheet.Cell(2, 1).GetString());
        Assert.Equal(1, sheet.Cell(2, 2).GetValue<int>());
        Assert.True(sheet.Cell(2, 3).IsEmpty());
        Assert.Equal(1, sheet.Cell(2, 5).GetValue<int>());

        Assert.Equal("Right to life, liberty and security of the person", sheet.Cell(3, 1).GetString());
        Assert.Equal([1, 1, 2, 3], Enumerable.Range(2, 4).Select(c => sheet.Cell(3, c).GetValue<int>()));

        Assert.Equal("Total", sheet.Cell(4, 1).GetString());
        Assert.Equal([2, 1, 2, 4], Enumerable.Range(2, 4).Select(c => sheet.Cell(4, c).GetValue<int>()));
    }

    [Fact]
    public void Render_RulesEveryCellOfTheGrid_OnAllFourSides()
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content());
        var sheet = file.Workbook.Worksheet(ThemeStakeholderSheet.Name);

        // the grid is themes and totals (rows 1-4) by theme, stakeholders and total (columns 1-5)
        foreach (var cell in sheet.Range(1, 1, 4, 5).Cells())
        {
            var border = cell.Style.Border;
            Assert.Equal([XLBorderStyleValues.Thin, XLBorderStyleValues.Thin, XLBorderStyleValues.Thin],
                new[] { border.LeftBorder, border.RightBorder, border.BottomBorder });
            Assert.Equal(SheetStyles.Rule, border.LeftBorderColor);
        }
        Assert.All(sheet.Range(1, 1, 3, 5).Cells(), cell => Assert.Equal(XLBorderStyleValues.Thin, cell.Style.Border.TopBorder));
    }

    [Fact]
    public void Render_ShadesTheCounts_WithAColourScale()
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content());
        var sheet = file.Workbook.Worksheet(ThemeStakeholderSheet.Name);

        var scale = Assert.Single(sheet.ConditionalFormats, f => f.ConditionalFormatType == XLConditionalFormatType.ColorScale);
        Assert.Equal("B2:D3", scale.Range.RangeAddress.ToString());
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(1, sheet.PageSetup.FirstRowToRepeatAtTop);
    }

    [Fact]
    public void Tint_MixesTheBrandColourWithWhite()
    {
        var tint = ThemeStakeholderSheet.Tint("#000000", 0.5);
        Assert.Equal(XLColor.FromArgb(128, 128, 128), tint);
    }
}
