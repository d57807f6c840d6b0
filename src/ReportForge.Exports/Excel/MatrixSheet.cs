using ClosedXML.Excel;
using ReportForge.Exports.Matrix;
using ReportForge.Exports.Text;

namespace ReportForge.Exports.Excel;

/// <summary>
/// The working document of a meeting: one row per recommendation in an Excel table with filters,
/// what the summary says on the left, the columns people fill in on the right.
/// </summary>
internal static class MatrixSheet
{
    public const string Name = "Matrix";
    public const string TableName = "Recommendations";

    /// <summary>How often a long build checks for cancellation.</summary>
    private const int CancellationStride = 256;

    public static IXLWorksheet Add(XLWorkbook workbook, MatrixContext context, CancellationToken cancellationToken)
    {
        var sheet = workbook.AddWorksheet(Name);
        var columns = context.Columns;
        var widths = columns.Select(context.Table.Width).ToArray();
        for (var c = 0; c < columns.Count; c++) SetUpColumn(sheet.Column(c + 1), columns[c], widths[c], context.Options);

        WriteHeader(sheet, widths, context);
        for (var i = 0; i < context.Rows.Count; i++)
        {
            if (i % CancellationStride == 0) cancellationToken.ThrowIfCancellationRequested();
            WriteRow(sheet.Row(i + 2), context.Rows[i], widths, context);
        }

        // An Excel table needs a data row, so an empty matrix keeps one blank row to fill in.
        var lastRow = Math.Max(2, context.Rows.Count + 1);
        var body = sheet.Range(1, 1, lastRow, columns.Count);
        var table = body.CreateTable(TableName);
        table.Theme = XLTableTheme.TableStyleLight1;
        table.ShowRowStripes = false;

        FillInRules.Apply(sheet, firstRow: 2, lastRow, context.Options);
        sheet.SheetView.Freeze(1, MatrixColumns.Frozen);
        PrintSetup.Apply(sheet, body, context.Content.Profile.Paper, context.Print(headerRows: 1, gridlines: true));
        return sheet;
    }

    private static void SetUpColumn(IXLColumn column, MatrixColumn spec, double width, ExcelMatrixOptions options)
    {
        column.Width = width;
        SheetStyles.Body(column);
        var number = column.ColumnNumber();
        if (number == MatrixColumns.Number) column.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        if (number == MatrixColumns.FollowUpDate) column.Style.NumberFormat.Format = options.DateFormat;
    }

    private static void WriteHeader(IXLWorksheet sheet, double[] widths, MatrixContext context)
    {
        var columns = context.Columns;
        var lines = 1;
        for (var c = 0; c < columns.Count; c++)
        {
            CellText.Set(sheet.Cell(1, c + 1), columns[c].Header);
            lines = Math.Max(lines, RowHeights.Lines(columns[c].Header, widths[c] - 1));
        }
        SheetStyles.Header(sheet.Range(1, 1, 1, columns.Count), context.Brand);
        sheet.Row(1).Height = RowHeights.ForLines(lines, context.Options.FontSize);
    }

    private static void WriteRow(IXLRow row, MatrixRow data, double[] widths, MatrixContext context)
    {
        var options = context.Options;
        var columns = context.Columns;
        var lines = 1;
        row.Cell(MatrixColumns.Number).SetValue(data.Number);
        for (var c = 1; c < columns.Count; c++)
        {
            if (columns[c].Value is not { } value) continue;
            var text = value(data);
            CellText.Set(row.Cell(c + 1), text);
            lines = Math.Max(lines, RowHeights.Lines(text, widths[c]));
        }
        AddStakeholderNames(row.Cell(MatrixColumns.Stakeholders), data, options.Author);
        row.Height = RowHeights.ForLines(lines, options.FontSize);
    }

    /// <summary>Full names as a comment on the codes, so the printout stays narrow.</summary>
    private static void AddStakeholderNames(IXLCell cell, MatrixRow data, string author)
    {
        var named = data.StakeholderCodes
            .Zip(data.StakeholderNames, (code, name) => (code, name))
            .Where(s => !string.Equals(s.code, s.name, StringComparison.Ordinal))
            .Select(s => XmlText.Strip($"{s.code}: {s.name}"))
            .ToList();
        if (named.Count == 0) return;
        var comment = cell.Comment.SetAuthor(XmlText.Strip(author));
        comment.AddText(string.Join("\n", named));
    }
}
