using ReportForge.Core.Parsing;

namespace ReportForge.Core.Tests.Parsing.Reading.Pdf;

/// <summary>What the parser notices in a PDF points at the page and the line on it, as a reader finds it.</summary>
public class PdfDiagnosticsTests
{
    [Fact]
    public void Diagnostics_NameThePageAndTheLineOnIt()
    {
        var summary = SummaryFile.Load(TestData.PathOf("Parsing/Specs/slovenia-2019-pdf.input.pdf"), TestData.Options);

        // The warning points where paragraph 13 ("13. CoE-ACFC stated that Criminal provisions…", which goes on
        // "…prosecuted. Additionally, EU-FRA stated…") starts: page 2, its 44th line of text, the running header
        // not counted (it is furniture).
        var warning = Assert.Single(summary.Diagnostics, d => d.Message.Contains("'Additionally'", StringComparison.Ordinal));
        Assert.Equal((2, 44), (warning.Page, warning.Line));
        Assert.StartsWith("p. 2, line 44: warning: ", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void InputException_NamesThePage_WhenItHasOne()
    {
        var error = new InputException("summary.pdf", 4, 12, 0, "the page is damaged");

        Assert.Equal("summary.pdf: p. 4, line 12: the page is damaged", error.Message);
    }
}
