using System.Globalization;
using ClosedXML.Excel;

namespace ReportForge.Exports.Excel;

/// <summary>Who the codes in the matrix are: code, full name, how many asks, in which themes.</summary>
internal static class StakeholdersSheet
{
    public const string Name = "Stakeholders";
    public const string TableName = "StakeholderList";

    private static readonly string[] Headers = ["Code", "Full name", "Recommendations", "Themes of their recommendations", "Paragraphs cited in"];

    public static IXLWorksheet Add(XLWorkbook workbook, MatrixContext context)
    {
        var sheet = workbook.AddWorksheet(Name);
        // A code the summary never spells out gets a blank name rather than itself again.
        var rows = context.Content.Stakeholders.Select(s => Describe(s.Abbreviation, s.Name ?? string.Empty, s.Paragraphs, context)).ToList();
        double[] widths =
        [
            ColumnWidths.Fit(Headers[0], rows.Select(r => r.Code), 6, 18),
            ColumnWidths.Fit(Headers[1], rows.Select(r => r.Name), 16, 45),
            ColumnWidths.Fit(Headers[2], [], 16, 16),
            ColumnWidths.Fit(Headers[3], rows.Select(r => r.Themes), 24, 60),
            ColumnWidths.Fit(Headers[4], rows.Select(r => r.Paragraphs), 12, 24),
        ];
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Column(c + 1).Width = widths[c];
            SheetStyles.Body(sheet.Column(c + 1));
            CellText.Set(sheet.Cell(1, c + 1), Headers[c]);
        }
        sheet.Column(3).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        SheetStyles.Header(sheet.Range(1, 1, 1, widths.Length), context.Brand);
        sheet.Row(1).Height = RowHeights.ForLines(Headers.Select((h, c) => RowHeights.Lines(h, widths[c] - 1)).Max(), context.Options.FontSize);

        for (var i = 0; i < rows.Count; i++)
        {
            var row = sheet.Row(i + 2);
            var r = rows[i];
            CellText.Set(row.Cell(1), r.Code);
            CellText.Set(row.Cell(2), r.Name);
            row.Cell(3).SetValue(r.Recommendations);
            CellText.Set(row.Cell(4), r.Themes);
            CellText.Set(row.Cell(5), r.Paragraphs);
            var lines = Math.Max(
                Math.Max(RowHeights.Lines(r.Code, widths[0]), RowHeights.Lines(r.Name, widths[1])),
                Math.Max(RowHeights.Lines(r.Themes, widths[3]), RowHeights.Lines(r.Paragraphs, widths[4])));
            row.Height = RowHeights.ForLines(lines, context.Options.FontSize);
        }

        var lastRow = Math.Max(2, rows.Count + 1);
        var body = sheet.Range(1, 1, lastRow, widths.Length);
        var table = body.CreateTable(TableName);
        table.Theme = XLTableTheme.TableStyleLight1;
        table.ShowRowStripes = false;
        sheet.SheetView.FreezeRows(1);
        PrintSetup.Apply(sheet, body, context.Content.Profile.Paper, context.Print(headerRows: 1, gridlines: true));
        return sheet;
    }

    private sealed record StakeholderLine(string Code, string Name, int Recommendations, string Themes, string Paragraphs);

    private static StakeholderLine Describe(string code, string name, IReadOnlyList<int> paragraphs, MatrixContext context)
    {
        var themes = context.Content.Themes
            .Where(t => t.Recommendations.Any(r => r.Stakeholders.Contains(code)))
            .Select(t => t.Section.Title);
        var asks = context.Content.AllRecommendations.Count(r => r.Stakeholders.Contains(code));
        return new StakeholderLine(code, name, asks, string.Join("; ", themes),
            string.Join(", ", paragraphs.Select(p => p.ToString(CultureInfo.InvariantCulture))));
    }
}
