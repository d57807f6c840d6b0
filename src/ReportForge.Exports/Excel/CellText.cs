using ClosedXML.Excel;
using ReportForge.Exports.Text;

namespace ReportForge.Exports.Excel;

/// <summary>
/// Writes text from the summary into cells so that it stays text: XML-invalid characters are
/// stripped, the cell is typed as a string, and text that a spreadsheet would read as a formula
/// gets the quote prefix, so editing the cell later does not turn it into one either.
/// </summary>
internal static class CellText
{
    public static IXLCell Set(IXLCell cell, string? text)
    {
        var clean = XmlText.Strip(text);
        cell.SetValue(clean);
        cell.DataType = XLDataType.Text;
        if (LooksLikeFormula(clean)) cell.Style.IncludeQuotePrefix = true;
        return cell;
    }

    /// <summary>Text that Excel, LibreOffice or a CSV import would start a formula from.</summary>
    public static bool LooksLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>
    /// Text for page headers and footers, where '&amp;' starts a code (<c>&amp;P</c> is the page number).
    /// Excel allows 255 characters per header, so long text is shortened first.
    /// </summary>
    public static string ForHeaderFooter(string text, int maxLength = 80)
    {
        var clean = XmlText.Strip(text).ReplaceLineEndings(" ");
        if (clean.Length > maxLength) clean = clean[..(maxLength - 1)].TrimEnd() + "…";
        return clean.Replace("&", "&&", StringComparison.Ordinal);
    }
}
