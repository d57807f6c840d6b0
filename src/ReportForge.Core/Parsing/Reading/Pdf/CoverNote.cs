namespace ReportForge.Core.Parsing.Reading.Pdf;

/// <summary>
/// The cover's own footnote, "* The present document was not edited before being sent to United Nations
/// translation services.": smaller type at the foot of page 1. It belongs to no paragraph; the text
/// route runs it into the paragraph that continues on page 2.
/// </summary>
internal static class CoverNote
{
    public static bool Starts(RowLine line, double sizeAbove, double baseline, double pageHeight) =>
        line.Text.StartsWith('*') && line.Size > 0 && line.Size < sizeAbove && baseline < pageHeight / 3;
}
