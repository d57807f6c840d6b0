using ClosedXML.Excel;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Matrix;

namespace ReportForge.Exports.Excel;

/// <summary>What every sheet of one workbook is built from.</summary>
internal sealed record MatrixContext(BriefContent Content, ExcelMatrixOptions Options, MatrixTable Table)
{
    public XLColor Brand { get; } = XLColor.FromHtml(Content.Profile.BrandColor);

    public IReadOnlyList<MatrixRow> Rows => Table.Rows;

    /// <summary>The matrix's columns for this content.</summary>
    public IReadOnlyList<MatrixColumn> Columns => Table.Columns;

    /// <summary>"Kazakhstan – recommendation matrix (Full stakeholder brief)", for page headers.</summary>
    public string Title => $"{Content.Summary.Country} – recommendation matrix ({Content.Profile.Title})";

    /// <summary>The UN symbol where known, else the file name, for page footers.</summary>
    public string SourceLine => Content.Summary.Document.Symbol is { Length: > 0 } symbol
        ? $"Source: {symbol} ({Content.Source.FileName})"
        : $"Source: {Content.Source.FileName}";

    public SheetPrint Print(int headerRows, bool gridlines) => new(Title, SourceLine, headerRows, gridlines);
}
