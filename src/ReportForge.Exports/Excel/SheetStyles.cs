using ClosedXML.Excel;

namespace ReportForge.Exports.Excel;

/// <summary>The few cell looks the workbook uses, set explicitly so that printouts from any program match.</summary>
internal static class SheetStyles
{
    public static readonly XLColor Rule = XLColor.FromHtml("#A6A6A6");

    public static void Header(IXLRange range, XLColor brand)
    {
        var style = range.Style;
        style.Font.Bold = true;
        style.Font.FontColor = XLColor.White;
        style.Fill.BackgroundColor = brand;
        style.Alignment.WrapText = true;
        style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        Rules(range);
    }

    /// <summary>Wrapped, top-aligned text: how every body column reads.</summary>
    public static void Body(IXLColumn column)
    {
        column.Style.Alignment.WrapText = true;
        column.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    /// <summary>A thin rule around every cell of <paramref name="range"/>.</summary>
    public static void Grid(IXLRange range) => Rules(range);

    /// <summary>
    /// Every side of every cell, set side by side: the same borders as inside plus outside, but
    /// ClosedXML's inside-border setters save and restore the range's outline on each call, which
    /// made the borders a third of the workbook's build time.
    /// </summary>
    private static void Rules(IXLRange range)
    {
        var border = range.Style.Border;
        border.TopBorder = XLBorderStyleValues.Thin;
        border.BottomBorder = XLBorderStyleValues.Thin;
        border.LeftBorder = XLBorderStyleValues.Thin;
        border.RightBorder = XLBorderStyleValues.Thin;
        border.TopBorderColor = Rule;
        border.BottomBorderColor = Rule;
        border.LeftBorderColor = Rule;
        border.RightBorderColor = Rule;
    }

    public static void Total(IXLRange range)
    {
        range.Style.Font.Bold = true;
        range.Style.Border.TopBorder = XLBorderStyleValues.Thin;
        range.Style.Border.TopBorderColor = XLColor.Black;
    }
}
