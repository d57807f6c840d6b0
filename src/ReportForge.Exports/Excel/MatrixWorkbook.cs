using ClosedXML.Excel;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Matrix;

namespace ReportForge.Exports.Excel;

/// <summary>Puts the sheets of one recommendation matrix workbook together.</summary>
internal static class MatrixWorkbook
{
    public static XLWorkbook Build(BriefContent content, ExcelMatrixOptions options, CancellationToken cancellationToken)
    {
        var context = new MatrixContext(content, options, MatrixTable.From(content));
        var workbook = new XLWorkbook();
        try
        {
            workbook.Style.Font.FontName = options.FontName;
            workbook.Style.Font.FontSize = options.FontSize;
            SetProperties(workbook, context);

            var matrix = MatrixSheet.Add(workbook, context, cancellationToken);
            ThemeStakeholderSheet.Add(workbook, context);
            StakeholdersSheet.Add(workbook, context);
            StatesSheet.Add(workbook, context);
            AboutSheet.Add(workbook, context);
            matrix.SetTabActive();
            return workbook;
        }
        catch
        {
            workbook.Dispose();
            throw;
        }
    }

    private static void SetProperties(XLWorkbook workbook, MatrixContext context)
    {
        var properties = workbook.Properties;
        properties.Author = context.Options.Author;
        properties.LastModifiedBy = context.Options.Author;
        properties.Title = Text.XmlText.Strip(context.Title);
        properties.Subject = Text.XmlText.Strip(context.Content.Profile.Purpose ?? string.Empty);
        properties.Company = string.Empty;
    }
}
