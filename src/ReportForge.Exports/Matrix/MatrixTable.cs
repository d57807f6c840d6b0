using ReportForge.Core.Tailoring;
using ReportForge.Exports.Excel;

namespace ReportForge.Exports.Matrix;

/// <summary>
/// The recommendation matrix of one brief content, built once: its rows, its columns and the width
/// each column's text asks for. The workbook shows every column; the printed matrix the
/// <see cref="MatrixColumns.Printed"/> ones, with the same headers and the same cell text.
/// </summary>
internal sealed class MatrixTable
{
    private readonly Dictionary<MatrixColumn, double> _widths;

    private MatrixTable(IReadOnlyList<MatrixRow> rows, IReadOnlyList<MatrixColumn> columns)
    {
        Rows = rows;
        Columns = columns;
        _widths = columns.Concat(MatrixColumns.Printed).Distinct()
            .ToDictionary(c => c, c => Fit(c, rows));
    }

    public IReadOnlyList<MatrixRow> Rows { get; }

    /// <summary>Every column, with "Recommended before by" last when the content has earlier recommendations.</summary>
    public IReadOnlyList<MatrixColumn> Columns { get; }

    public static MatrixTable From(BriefContent content) =>
        new(MatrixRow.From(content), MatrixColumns.For(content.HasEarlier));

    /// <summary>The width in character units that shows the column's text, between its minimum and maximum.</summary>
    public double Width(MatrixColumn column) => _widths[column];

    internal static double Fit(MatrixColumn column, IReadOnlyList<MatrixRow> rows) => column.Value is null
        ? column.MinWidth
        : ColumnWidths.Fit(column.Header, rows.Select(column.Value), column.MinWidth, column.MaxWidth);
}
