namespace ReportForge.Core.Parsing;

/// <summary>
/// The report's own opening, "The present report was prepared pursuant to Human Rights Council
/// resolutions 5/1 and 16/21 … It is a summary of 16 stakeholders' submissions…": its notes cite the
/// previous review's outcome and the list of stakeholders, not what a stakeholder said.
/// </summary>
internal static class Introduction
{
    public static bool Is(string paragraphText) =>
        paragraphText.StartsWith("The present report was prepared", StringComparison.Ordinal)
        || paragraphText.StartsWith("The present report is a summary", StringComparison.Ordinal);
}
