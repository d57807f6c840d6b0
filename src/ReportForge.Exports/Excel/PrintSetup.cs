using ClosedXML.Excel;
using ReportForge.Core.Tailoring;

namespace ReportForge.Exports.Excel;

/// <summary>What a sheet's printout needs besides the paper.</summary>
/// <param name="Title">Left of the page header, e.g. "Kazakhstan – recommendation matrix".</param>
/// <param name="Source">Left of the page footer: where the content comes from.</param>
/// <param name="HeaderRows">Rows repeated at the top of every printed page (0 for none).</param>
/// <param name="Gridlines">Print cell gridlines, for sheets people write on.</param>
internal sealed record SheetPrint(string Title, string Source, int HeaderRows, bool Gridlines);

/// <summary>
/// Page setup shared by every sheet: the profile's paper in landscape, one page wide with as many
/// pages down as needed, narrow margins, a title and "Page X of Y" on every page.
/// </summary>
internal static class PrintSetup
{
    public static void Apply(IXLWorksheet sheet, IXLRange printArea, PaperSize paper, SheetPrint print)
    {
        var setup = sheet.PageSetup;
        setup.PrintAreas.Clear();
        setup.PrintAreas.Add(printArea.RangeAddress.FirstAddress, printArea.RangeAddress.LastAddress);
        setup.PaperSize = PaperOf(paper);
        setup.PageOrientation = XLPageOrientation.Landscape;
        // 0 pages tall lets the height run on: only the width is fitted.
        setup.FitToPages(1, 0);
        setup.CenterHorizontally = true;
        setup.ShowGridlines = print.Gridlines;
        if (print.HeaderRows > 0) setup.SetRowsToRepeatAtTop(1, print.HeaderRows);
        SetNarrowMargins(setup.Margins);
        SetHeaderAndFooter(setup, print);
    }

    public static XLPaperSize PaperOf(PaperSize paper) => paper switch
    {
        PaperSize.A3 => XLPaperSize.A3Paper,
        PaperSize.Letter => XLPaperSize.LetterPaper,
        _ => XLPaperSize.A4Paper,
    };

    // Excel's "Narrow" preset, in inches.
    private static void SetNarrowMargins(IXLMargins margins)
    {
        margins.Left = 0.25;
        margins.Right = 0.25;
        margins.Top = 0.75;
        margins.Bottom = 0.75;
        margins.Header = 0.3;
        margins.Footer = 0.3;
    }

    private static void SetHeaderAndFooter(IXLPageSetup setup, SheetPrint print)
    {
        setup.Header.Left.AddText(CellText.ForHeaderFooter(print.Title), XLHFOccurrence.AllPages);
        setup.Header.Right.AddText("&A", XLHFOccurrence.AllPages);
        setup.Footer.Left.AddText(CellText.ForHeaderFooter(print.Source), XLHFOccurrence.AllPages);
        setup.Footer.Right.AddText("Page &P of &N", XLHFOccurrence.AllPages);
    }
}
