using PdfSharp.Pdf;
using ReportForge.Core.Parsing;

namespace ReportForge.Core.Tests.Parsing.Reading.Pdf;

/// <summary>PDFs that are not a summary, or cannot be read, are refused in one line that names the file.</summary>
public sealed class PdfRefusalTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reportforge-pdf-" + Guid.NewGuid().ToString("N"));

    public PdfRefusalTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_RefusesTheNationalReport() =>
        AssertRefused("national.pdf", Review("A/HRC/WG.6/20/SVN/1", "National report submitted in accordance with paragraph 5 of the annex to Human Rights Council resolution 16/21"),
            "it is a national report");

    [Fact]
    public void Load_RefusesTheUnCompilation_ByItsSymbol() =>
        AssertRefused("compilation.pdf", Review("A/HRC/WG.6/20/SVN/2", "Report of the Office of the United Nations High Commissioner for Human Rights"),
            "A/HRC/WG.6/20/SVN/2 is a compilation of United Nations information");

    [Fact]
    public void Load_RefusesTheWorkingGroupReport() =>
        AssertRefused("outcome.pdf", Review("A/HRC/28/15", "Report of the Working Group on the Universal Periodic Review"),
            "it is the report of the Working Group on the Universal Periodic Review");

    [Fact]
    public void Load_RefusesAScannedPdf_WithoutText() =>
        AssertRefused("scan.pdf", TestPdf.WithoutText(), "is a PDF without text (a scanned image?)");

    [Fact]
    public void Load_RefusesAnEncryptedPdf() =>
        AssertRefused("locked.pdf", Review("A/HRC/WG.6/20/SVN/3", "Summary prepared by the Office", d =>
        {
            d.SecuritySettings.UserPassword = "secret";
            d.SecuritySettings.OwnerPassword = "owner";
        }), "is an encrypted PDF that needs a password");

    [Fact]
    public void Load_RefusesADamagedPdf()
    {
        var good = Review("A/HRC/WG.6/20/SVN/3", "Summary prepared by the Office");
        // The header survives; everything after the first few hundred bytes is lost, as in a broken download.
        AssertRefused("broken.pdf", good[..300], "is a damaged PDF");
    }

    [Fact]
    public void Load_RefusesAPdfThatIsNothingButItsHeader() =>
        AssertRefused("header.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj"u8.ToArray(), "is a damaged PDF");

    /// <summary>A cover and a page of numbered paragraphs in the UN's layout.</summary>
    private static byte[] Review(string symbol, string title, Action<PdfDocument>? configure = null) =>
        TestPdf.Write(
        [
            TestPdf.Cover(symbol, title),
            [
                new Run("I. Methodology", 56.6, 727, 14, Bold: true),
                new Run("1. AI noted that the report was prepared by a working group.", 113.3, 700),
                new Run("2. JS1 stated that consultations were held.", 113.3, 680),
            ],
        ], configure);

    private void AssertRefused(string name, byte[] bytes, string problem)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<InputException>(() => SummaryFile.Load(path, TestData.Options));
        Assert.StartsWith(name + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
