using System.Globalization;
using ClosedXML.Excel;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Exports.Excel;

/// <summary>
/// Where the workbook comes from and how to use it. Only inputs appear here, never the time of
/// writing, so the same summary and profile always give the same cells.
/// </summary>
internal static class AboutSheet
{
    public const string Name = "About";

    private const double LabelWidth = 26;
    private const double TextWidth = 100;

    public static IXLWorksheet Add(XLWorkbook workbook, MatrixContext context)
    {
        var sheet = workbook.AddWorksheet(Name);
        sheet.Column(1).Width = LabelWidth;
        sheet.Column(2).Width = TextWidth;
        SheetStyles.Body(sheet.Column(1));
        SheetStyles.Body(sheet.Column(2));
        sheet.Column(1).Style.Font.Bold = true;

        var title = CellText.Set(sheet.Cell(1, 1), $"Recommendation matrix: {context.Content.Summary.Country}");
        title.Style.Font.FontSize = context.Options.FontSize + 4;
        title.Style.Alignment.WrapText = false;
        sheet.Row(1).Height = RowHeights.ForLines(1, context.Options.FontSize + 4);

        var row = 3;
        row = Section(sheet, row, "Source and generation inputs", Inputs(context), context);
        row = Section(sheet, row + 1, "How to use this workbook", HowTo(context), context);

        PrintSetup.Apply(sheet, sheet.Range(1, 1, row - 1, 2), context.Content.Profile.Paper,
            context.Print(headerRows: 0, gridlines: false));
        return sheet;
    }

    private static int Section(IXLWorksheet sheet, int row, string heading, IEnumerable<(string Label, string? Text)> entries, MatrixContext context)
    {
        CellText.Set(sheet.Cell(row, 1), heading);
        SheetStyles.Header(sheet.Range(row, 1, row, 2), context.Brand);
        row++;
        foreach (var (label, text) in entries)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            CellText.Set(sheet.Cell(row, 1), label);
            CellText.Set(sheet.Cell(row, 2), text);
            var lines = Math.Max(RowHeights.Lines(label, LabelWidth), RowHeights.Lines(text, TextWidth));
            sheet.Row(row).Height = RowHeights.ForLines(lines, context.Options.FontSize);
            row++;
        }
        return row;
    }

    private static IEnumerable<(string, string?)> Inputs(MatrixContext context)
    {
        var content = context.Content;
        var document = content.Summary.Document;
        var profile = content.Profile;
        yield return ("Country", content.Summary.Country);
        yield return ("Source document", document.Title);
        yield return ("Document symbol", document.Symbol);
        yield return ("Session", document.Session);
        yield return ("Document date", document.Date);
        yield return ("Source file", content.Source.FileName);
        yield return ("Source SHA-256", content.Source.Sha256);
        yield return ("Profile", $"{profile.Name} – {profile.Title}");
        yield return ("Audience", profile.Audience);
        yield return ("Purpose", profile.Purpose);
        yield return ("Recommendations", Count(context.Rows.Count));
        yield return ("Themes with recommendations", Count(content.Themes.Count(t => t.Recommendations.Count > 0)));
        yield return ("Stakeholders cited", Count(content.Stakeholders.Count));
        yield return ("Paper", $"{profile.Paper}, landscape");
        yield return ("Artifact", ArtifactKind.ExcelMatrix.WireName());
    }

    private static IEnumerable<(string, string?)> HowTo(MatrixContext context)
    {
        var options = context.Options;
        yield return (MatrixSheet.Name,
            "One row per recommendation. The filter buttons in the header row narrow the list by theme, stakeholder, " +
            "action category, priority or status. Number, theme and recommendation stay in view while scrolling right.");
        yield return ("Priority", $"Pick from the drop-down in the cell: {string.Join(", ", options.Priorities)}. The cell colours itself.");
        yield return ("Status", $"Pick from the drop-down in the cell: {string.Join(", ", options.Statuses)}. The cell colours itself.");
        yield return ("Follow-up date", "Type a date such as 2025-03-31; anything that is not a date is refused.");
        yield return ("Free-text columns", "Responsible institution, advocacy ask / talking point, next step and notes take any text.");
        yield return ("Stakeholder names", "Point at a stakeholder code in the matrix to see the full name; the Stakeholders sheet lists them all.");
        yield return ("Action category", "UPR Info's scale: 1 minimal, 2 continuing, 3 considering, 4 general, 5 specific action.");
        yield return ("Citation", "¶ is the paragraph of the summary, fn its footnotes, which name the submissions; p. the page of the official PDF, when the summary was read from it.");
        yield return (ThemeStakeholderSheet.Name, "How many recommendations each stakeholder made per theme; darker cells mean more asks.");
        yield return ("Printing", "Every sheet prints landscape, one page wide, with the header row repeated on each page.");
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
