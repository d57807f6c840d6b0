using ReportForge.Core.Model;

namespace ReportForge.Core.Parsing;

/// <summary>Turns the text of a summary of stakeholders' information into a <see cref="Summary"/>.</summary>
public static class SummaryParser
{
    /// <exception cref="InputException">The text is not a summary of stakeholders' information.</exception>
    public static Summary Parse(string text, ParseOptions options) =>
        throw new NotImplementedException("The summary parser lands with the parser work.");
}
