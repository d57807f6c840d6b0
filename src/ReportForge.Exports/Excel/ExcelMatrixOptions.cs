namespace ReportForge.Exports.Excel;

/// <summary>How the recommendation matrix workbook looks and what its drop-downs offer.</summary>
public sealed record ExcelMatrixOptions
{
    /// <summary>The defaults every export uses.</summary>
    public static ExcelMatrixOptions Default { get; } = new();

    /// <summary>Choices of the priority drop-down, most urgent first.</summary>
    public IReadOnlyList<string> Priorities { get; init; } = ["High", "Medium", "Low"];

    /// <summary>Choices of the status drop-down, in the order work moves through them.</summary>
    public IReadOnlyList<string> Statuses { get; init; } =
        ["Not started", "In progress", "Partially implemented", "Implemented", "Not applicable"];

    /// <summary>
    /// Font of every sheet. Arial by default because it (or its metric twin, Liberation Sans) is
    /// everywhere, so column widths and row heights estimated here hold when printed elsewhere.
    /// </summary>
    public string FontName { get; init; } = "Arial";

    /// <summary>Font size in points.</summary>
    public double FontSize { get; init; } = 10;

    /// <summary>Excel number format of the follow-up date column.</summary>
    public string DateFormat { get; init; } = "yyyy-mm-dd";

    /// <summary>Written as the workbook's author and the author of cell comments.</summary>
    public string Author { get; init; } = "ReportForge";
}
