using ReportForge.Core.Parsing;

namespace ReportForge.Core.Tests.Parsing.Reading.Pdf;

/// <summary>What the parser notices in a PDF points at the page and the line on it, as a reader finds it.</summary>
public class PdfDiagnosticsTests
{
    [Fact]
    public void Diagnostics_NameThePageAndTheLineOnIt()
    {
        var page2 = new List<Run>
        {
            new("A/HRC/WG.6/20/SVN/3", 445.2, 777, 9, Bold: true),
            new("A. Background and framework", 56.6, 727, 12, Bold: true),
            new("1. AI noted that the Ombudsman lacked resources.", 113.3, 700),
            new("2. JS1 stated that the Advocate was underfunded.", 113.3, 680),
            new("4. AI recommended that Slovenia fund the Advocate.", 113.3, 660),
            new("2", 56.6, 87, 9, Bold: true),
        };
        var path = Path.Combine(Path.GetTempPath(), "reportforge-diagnostics-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, TestPdf.Write([TestPdf.Cover("A/HRC/WG.6/20/SVN/3", "Summary prepared by the Office of the United Nations High Commissioner for Human Rights"), page2]));
        try
        {
            var summary = SummaryFile.Load(path, TestData.Options);

            // Page 2 reads: the heading (line 1), paragraphs 1 and 2, then "4." on line 4; the running header is furniture.
            var warning = Assert.Single(summary.Diagnostics, d => d.Message.Contains("paragraph 4 out of sequence", StringComparison.Ordinal));
            Assert.Equal((2, 4), (warning.Page, warning.Line));
            Assert.StartsWith("p. 2, line 4: warning: ", warning.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void InputException_NamesThePage_WhenItHasOne()
    {
        var error = new InputException("summary.pdf", 4, 12, 0, "the page is damaged");

        Assert.Equal("summary.pdf: p. 4, line 12: the page is damaged", error.Message);
    }
}
