using ClosedXML.Excel;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Excel;
using ReportForge.Exports.Matrix;

namespace ReportForge.Exports.Tests.Excel;

public sealed class MatrixSheetTests
{
    [Fact]
    public void Render_WritesOneTableRowPerRecommendation()
    {
        var content = ExcelTestContent.Content();
        using var file = ExcelRendered.Of(content);

        var table = file.Matrix.Table(MatrixSheet.TableName);
        Assert.Equal(content.AllRecommendations.Count(), table.DataRange.RowCount());
        Assert.True(table.ShowAutoFilter);
        Assert.Equal(MatrixColumns.All.Select(c => c.Header), table.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Render_FillsTheSummaryColumns_FromTheRecommendation()
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content());

        var row = file.Matrix.Row(3);
        Assert.Equal(2, row.Cell(MatrixColumns.Number).GetValue<int>());
        Assert.Equal("Right to life, liberty and security of the person", row.Cell(MatrixColumns.Theme).GetString());
        Assert.StartsWith("End the detention of children", row.Cell(MatrixColumns.Recommendation).GetString());
        Assert.Equal("AI, JS1", row.Cell(MatrixColumns.Stakeholders).GetString());
        Assert.Equal("Kazakhstan", row.Cell(5).GetString());
        Assert.Equal("5 – Specific action", row.Cell(6).GetString());
        Assert.Equal("Children; Persons deprived of liberty", row.Cell(7).GetString());
        Assert.Equal("¶ 2, fn 10–12", row.Cell(8).GetString());
        Assert.All(Enumerable.Range(MatrixColumns.Priority, MatrixColumns.All.Count - MatrixColumns.Priority + 1),
            c => Assert.True(row.Cell(c).IsEmpty()));
    }

    [Fact]
    public void Render_KeepsTheProfilesSelection()
    {
        var profile = BriefProfile.Full with { Name = "children", Groups = ["children"] };
        using var file = ExcelRendered.Of(ExcelTestContent.Content(profile));

        Assert.Equal(1, file.Matrix.Table(MatrixSheet.TableName).DataRange.RowCount());
        Assert.StartsWith("End the detention", file.Matrix.Cell(2, MatrixColumns.Recommendation).GetString());
    }

    [Fact]
    public void Render_AddsDropDowns_ForPriorityAndStatus_AndADateCheck()
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content());

        var validations = file.Matrix.DataValidations.ToList();
        var priority = validations.Single(v => v.Ranges.Any(r => r.FirstColumn().ColumnNumber() == MatrixColumns.Priority));
        var status = validations.Single(v => v.Ranges.Any(r => r.FirstColumn().ColumnNumber() == MatrixColumns.Status));
        var date = validations.Single(v => v.Ranges.Any(r => r.FirstColumn().ColumnNumber() == MatrixColumns.FollowUpDate));

        Assert.Equal(XLAllowedValues.List, priority.AllowedValues);
        Assert.Equal("\"High,Medium,Low\"", priority.Value);
        Assert.True(priority.InCellDropdown);
        Assert.Equal(XLAllowedValues.List, status.AllowedValues);
        Assert.Equal("\"Not started,In progress,Partially implemented,Implemented,Not applicable\"", status.Value);
        Assert.Equal(XLAllowedValues.Date, date.AllowedValues);
        Assert.Equal("I2:I5", priority.Ranges.Single().RangeAddress.ToString());
    }

    [Fact]
    public void Render_ColoursEveryPriorityAndStatus()
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content());

        var rules = file.Matrix.ConditionalFormats
            .Where(f => f.ConditionalFormatType == XLConditionalFormatType.CellIs)
            .GroupBy(f => f.Range.FirstColumn().ColumnNumber())
            .ToDictionary(g => g.Key, g => g.Select(f => f.Values[1].Value.Trim('"')).ToList());

        Assert.Equal(["High", "Medium", "Low"], rules[MatrixColumns.Priority]);
        Assert.Equal(ExcelMatrixOptions.Default.Statuses, rules[MatrixColumns.Status]);
    }

    [Fact]
    public void Render_FreezesTheHeaderRow_AndTheColumnsUpToTheRecommendation()
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content());

        Assert.Equal(1, file.Matrix.SheetView.SplitRow);
        Assert.Equal(MatrixColumns.Recommendation, file.Matrix.SheetView.SplitColumn);
    }

    [Fact]
    public void Render_WrapsText_AndSizesRowsToTheirLongestCell()
    {
        var longAsk = string.Join(" ", Enumerable.Repeat("Ensure prompt and impartial investigations.", 12));
        using var file = ExcelRendered.Of(ExcelTestContent.Content(thirdAsk: longAsk));
        var sheet = file.Matrix;

        Assert.True(sheet.Cell(4, MatrixColumns.Recommendation).Style.Alignment.WrapText);
        var shortRow = sheet.Row(2).Height;
        var longRow = sheet.Row(4).Height;
        Assert.True(longRow > shortRow, $"row with the long ask is {longRow} pt, the short one {shortRow} pt");
        Assert.InRange(sheet.Column(MatrixColumns.Recommendation).Width, 30, 50);
        Assert.InRange(sheet.Column(MatrixColumns.Number).Width, 4, 6);
    }

    [Fact]
    public void Render_NamesStakeholders_InACommentOnTheirCodes()
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content());

        var cell = file.Matrix.Cell(3, MatrixColumns.Stakeholders);
        Assert.True(cell.HasComment);
        Assert.Equal("AI: Amnesty International\nJS1: Joint submission 1 & partners", cell.Comment.Text.ReplaceLineEndings("\n"));
        Assert.Equal(ExcelMatrixOptions.Default.Author, cell.Comment.Author);
    }

    [Fact]
    public void Render_KeepsOneBlankRowToFillIn_WhenTheProfileKeepsNoRecommendation()
    {
        var profile = BriefProfile.Full with { Name = "none", Include = new IncludedContent(Recommendations: false) };
        using var file = ExcelRendered.Of(ExcelTestContent.Content(profile));

        var table = file.Matrix.Table(MatrixSheet.TableName);
        Assert.Equal(1, table.DataRange.RowCount());
        Assert.True(table.DataRange.Row(1).IsEmpty());
        Assert.Empty(file.ValidationErrors());
    }

    [Fact]
    public void Render_WritesAFiveThousandRowMatrix_ThatValidates()
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Synthetic(5000));

        Assert.Equal(5000, file.Matrix.Table(MatrixSheet.TableName).DataRange.RowCount());
        Assert.Equal(5000, file.Matrix.Cell(5001, MatrixColumns.Number).GetValue<int>());
    }

    [Fact]
    public void Columns_PutSpecialColumnsWhereTheirNumbersSay()
    {
        var headers = MatrixColumns.All.Select(c => c.Header).ToList();
        Assert.Equal("#", headers[MatrixColumns.Number - 1]);
        Assert.Equal("Theme", headers[MatrixColumns.Theme - 1]);
        Assert.Equal("Recommendation", headers[MatrixColumns.Recommendation - 1]);
        Assert.Equal("Stakeholders", headers[MatrixColumns.Stakeholders - 1]);
        Assert.Equal("Priority", headers[MatrixColumns.Priority - 1]);
        Assert.Equal("Status", headers[MatrixColumns.Status - 1]);
        Assert.Equal("Follow-up date", headers[MatrixColumns.FollowUpDate - 1]);
    }
}
