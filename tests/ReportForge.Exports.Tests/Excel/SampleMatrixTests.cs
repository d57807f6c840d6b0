using ClosedXML.Excel;
using ReportForge.Exports.Excel;
using ReportForge.Exports.Matrix;

namespace ReportForge.Exports.Tests.Excel;

/// <summary>The matrix of the real Kazakhstan 2010 summary.</summary>
public sealed class SampleMatrixTests
{
    [Fact]
    public void Render_WritesARowForEachOfTheSamples45Recommendations()
    {
        using var file = ExcelRendered.Of(ExcelSample.Content());

        var table = file.Matrix.Table(MatrixSheet.TableName);
        Assert.Equal(45, table.DataRange.RowCount());
        Assert.Equal(Enumerable.Range(1, 45), table.DataRange.Rows().Select(r => r.Cell(MatrixColumns.Number).GetValue<int>()));
        Assert.All(table.DataRange.Rows(), r => Assert.False(r.Cell(MatrixColumns.Recommendation).IsEmpty()));

        var counts = file.Workbook.Worksheet(ThemeStakeholderSheet.Name);
        var totals = counts.Column(1).CellsUsed().Single(c => c.GetString() == "Total").WorksheetRow();
        Assert.Equal(45, totals.LastCellUsed().GetValue<int>());
    }

    [Theory]
    [MemberData(nameof(ExcelSample.ProfileNames), MemberType = typeof(ExcelSample))]
    public void Render_WritesEveryProfileOfTheSample_AsAValidWorkbookOfItsRecommendations(string profile)
    {
        var content = ExcelSample.Content(profile);
        using var file = ExcelRendered.Of(content);

        Assert.Empty(file.ValidationErrors());
        var expected = Math.Max(1, content.AllRecommendations.Count());
        Assert.Equal(expected, file.Matrix.Table(MatrixSheet.TableName).DataRange.RowCount());
        Assert.Equal(PrintSetup.PaperOf(content.Profile.Paper), file.Matrix.PageSetup.PaperSize);
    }

    [Fact]
    public void Render_NamesEveryStakeholderOfTheSample()
    {
        var content = ExcelSample.Content();
        using var file = ExcelRendered.Of(content);

        var codes = file.Workbook.Worksheet(StakeholdersSheet.Name).Table(StakeholdersSheet.TableName)
            .DataRange.Rows().Select(r => r.Cell(1).GetString());
        Assert.Equal(content.Stakeholders.Select(s => s.Abbreviation), codes);
    }
}
