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
        style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        style.Border.InsideBorder = XLBorderStyleValues.Thin;
        style.Border.OutsideBorderColor = Rule;
        style.Border.InsideBorderColor = Rule;
    }

    /// <summary>Wrapped, top-aligned text: how every body column reads.</summary>
    public static void Body(IXLColumn column)
    {
        column.Style.Alignment.WrapText = true;
        column.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    public static void Grid(IXLRange range)
    {
        var border = range.Style.Border;
        border.InsideBorder = XLBorderStyleValues.Thin;
        border.OutsideBorder = XLBorderStyleValues.Thin;
        border.InsideBorderColor = Rule;
        border.OutsideBorderColor = Rule;
    }

    public static void Total(IXLRange range)
    {
        range.Style.Font.Bold = true;
        range.Style.Border.TopBorder = XLBorderStyleValues.Thin;
        range.Style.Border.TopBorderColor = XLColor.Black;
    }
}
