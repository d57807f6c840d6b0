using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Excel;

namespace ReportForge.Exports.Tests.Excel;

/// <summary>A matrix workbook rendered into memory, opened the ways tests read it back.</summary>
internal sealed class ExcelRendered : IDisposable
{
    private readonly Lazy<XLWorkbook> _workbook;

    private ExcelRendered(byte[] bytes)
    {
        Bytes = bytes;
        _workbook = new(() => new XLWorkbook(new MemoryStream(Bytes)));
    }

    public byte[] Bytes { get; }

    /// <summary>The file as ClosedXML reads it.</summary>
    public XLWorkbook Workbook => _workbook.Value;

    public IXLWorksheet Matrix => Workbook.Worksheet(MatrixSheet.Name);

    public static ExcelRendered Of(BriefContent content, ExcelMatrixOptions? options = null)
    {
        var renderer = new ExcelMatrixRenderer(options);
        var plan = renderer.Plan(content).Single();
        using var output = new MemoryStream();
        renderer.Render(plan, content, output, CancellationToken.None);
        return new ExcelRendered(output.ToArray());
    }

    /// <summary>Opens the package with the Open XML SDK, read-only.</summary>
    public SpreadsheetDocument OpenPackage() => SpreadsheetDocument.Open(new MemoryStream(Bytes), isEditable: false);

    /// <summary>What the Open XML SDK validator finds wrong, one line per error.</summary>
    public IReadOnlyList<string> ValidationErrors()
    {
        using var document = OpenPackage();
        return new OpenXmlValidator()
            .Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    /// <summary>The raw XML of the worksheet part named <paramref name="sheetName"/>.</summary>
    public string SheetXml(string sheetName)
    {
        using var document = OpenPackage();
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>()
            .Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
        return part.Worksheet.OuterXml;
    }

    public void Dispose()
    {
        if (_workbook.IsValueCreated) _workbook.Value.Dispose();
    }
}
