namespace ReportForge.Core.Parsing.Blocks;

/// <summary>
/// Where the endnotes of an official document begin: a "Notes" (or "Endnotes") line, or note 1
/// itself, "The stakeholders listed below have contributed information for this summary…".
/// </summary>
internal static class EndnoteStart
{
    public static bool IsStart(string line) =>
        line.Equals("Notes", StringComparison.OrdinalIgnoreCase)
        || line.Equals("Endnotes", StringComparison.OrdinalIgnoreCase)
        || line.Contains("stakeholders listed below", StringComparison.OrdinalIgnoreCase);
}
