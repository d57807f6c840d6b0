namespace ReportForge.Exports.Pdf.Matrix;

/// <summary>The columns of the printed matrix: what was asked, then room to write during the meeting.</summary>
internal static class MatrixColumns
{
    public static readonly string[] Headings =
    [
        "#", "Recommendation", "Made by", "Action category", "Affected groups", "Source",
        "Priority", "Responsible institution", "Next step / notes",
    ];

    /// <summary>Fill-in columns stay blank on paper; this is the height left for handwriting.</summary>
    public const double WritingHeight = 34;
}
