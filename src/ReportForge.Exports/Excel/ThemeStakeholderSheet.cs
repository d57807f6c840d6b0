using ClosedXML.Excel;

namespace ReportForge.Exports.Excel;

/// <summary>
/// "Who asks what" at a glance: how many recommendations each stakeholder made in each theme,
/// with totals and a colour scale that darkens where the asks concentrate.
/// </summary>
internal static class ThemeStakeholderSheet
{
    public const string Name = "Themes × stakeholders";

    private const double CountWidth = 5;

    public static IXLWorksheet Add(XLWorkbook workbook, MatrixContext context)
    {
        var sheet = workbook.AddWorksheet(Name);
        var themes = context.Content.Themes.Where(t => t.Recommendations.Count > 0).ToList();
        var codes = Codes(context);
        var totalColumn = codes.Count + 2;
        var totalRow = themes.Count + 2;
        var fontSize = context.Options.FontSize;

        var themeWidth = ColumnWidths.Fit("Theme", themes.Select(t => t.Section.Title), 24, 50);
        sheet.Column(1).Width = themeWidth;
        SheetStyles.Body(sheet.Column(1));
        sheet.Columns(1, totalColumn).Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        sheet.Columns(2, totalColumn).Width = CountWidth;
        sheet.Columns(2, totalColumn).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;

        WriteHeader(sheet, codes, totalColumn, context);
        for (var i = 0; i < themes.Count; i++)
        {
            var row = i + 2;
            var asks = themes[i].Recommendations;
            CellText.Set(sheet.Cell(row, 1), themes[i].Section.Title);
            for (var s = 0; s < codes.Count; s++)
                SetCount(sheet.Cell(row, s + 2), asks.Count(r => r.Stakeholders.Contains(codes[s])));
            sheet.Cell(row, totalColumn).SetValue(asks.Count);
            sheet.Row(row).Height = RowHeights.ForLines(RowHeights.Lines(themes[i].Section.Title, themeWidth), fontSize);
        }

        // Drawn borders rather than printed gridlines, so the note below the table prints clean.
        SheetStyles.Grid(sheet.Range(1, 1, totalRow, totalColumn));
        WriteTotals(sheet, totalRow, codes, context);
        if (themes.Count > 0 && codes.Count > 0)
        {
            sheet.Range(2, 2, totalRow - 1, codes.Count + 1).AddConditionalFormat().ColorScale()
                .LowestValue(XLColor.White)
                .HighestValue(Tint(context.Content.Profile.BrandColor, 0.55));
        }

        var note = sheet.Cell(totalRow + 2, 1);
        CellText.Set(note, "Counts of recommendations. A joint recommendation counts once for each stakeholder that made it; totals count it once.");
        note.Style.Font.Italic = true;
        note.Style.Alignment.WrapText = false;

        sheet.SheetView.Freeze(1, 1);
        PrintSetup.Apply(sheet, sheet.Range(1, 1, totalRow + 2, totalColumn), context.Content.Profile.Paper,
            context.Print(headerRows: 1, gridlines: false));
        return sheet;
    }

    /// <summary>Stakeholders that made at least one ask, in the content's order.</summary>
    internal static IReadOnlyList<string> Codes(MatrixContext context)
    {
        var asking = context.Content.AllRecommendations.SelectMany(r => r.Stakeholders).ToHashSet(StringComparer.Ordinal);
        var ordered = context.Content.Stakeholders.Select(s => s.Abbreviation).Where(asking.Contains).ToList();
        ordered.AddRange(asking.Except(ordered, StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return ordered;
    }

    private static void WriteHeader(IXLWorksheet sheet, IReadOnlyList<string> codes, int totalColumn, MatrixContext context)
    {
        CellText.Set(sheet.Cell(1, 1), "Theme");
        for (var s = 0; s < codes.Count; s++) CellText.Set(sheet.Cell(1, s + 2), codes[s]);
        CellText.Set(sheet.Cell(1, totalColumn), "Total");
        var header = sheet.Range(1, 1, 1, totalColumn);
        SheetStyles.Header(header, context.Brand);
        // Codes stand upright so that many stakeholders fit one page wide.
        sheet.Range(1, 2, 1, totalColumn).Style.Alignment.TextRotation = 90;
        sheet.Range(1, 2, 1, totalColumn).Style.Alignment.WrapText = false;
        sheet.Range(1, 2, 1, totalColumn).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        var longest = codes.Append("Total").Max(c => c.Length);
        // Upright bold capitals take about 0.65 em each.
        sheet.Row(1).Height = Math.Min(RowHeights.Max, Math.Round(longest * context.Options.FontSize * 0.65 + 8, 2));
    }

    private static void WriteTotals(IXLWorksheet sheet, int row, IReadOnlyList<string> codes, MatrixContext context)
    {
        CellText.Set(sheet.Cell(row, 1), "Total");
        var asks = context.Content.AllRecommendations.ToList();
        for (var s = 0; s < codes.Count; s++)
            sheet.Cell(row, s + 2).SetValue(asks.Count(r => r.Stakeholders.Contains(codes[s])));
        sheet.Cell(row, codes.Count + 2).SetValue(asks.Count);
        SheetStyles.Total(sheet.Range(row, 1, row, codes.Count + 2));
    }

    /// <summary>Zero stays blank, so the asks stand out.</summary>
    private static void SetCount(IXLCell cell, int count)
    {
        if (count > 0) cell.SetValue(count);
    }

    /// <summary>The brand colour mixed with white: light enough to read black digits on.</summary>
    internal static XLColor Tint(string hex, double strength)
    {
        int Mix(int start) =>
            (int)Math.Round(255 - (255 - Convert.ToInt32(hex.Substring(start, 2), 16)) * strength);
        return XLColor.FromArgb(Mix(1), Mix(3), Mix(5));
    }
}
