using ReportForge.Exports.Tests.Support;

namespace ReportForge.Exports.Tests.Pdf.Brief;

/// <summary>
/// Pages of the full brief compared with reviewed images in <c>Pdf/Reference/</c>. When a page
/// differs, the new image is written beside the test output (<c>Pdf/Reference/actual/</c>) for a
/// reviewer to look at and, if it is better, copy over the reference.
/// </summary>
public class ReferencePageTests
{
    private const int Dpi = 40;

    /// <summary>Anti-aliasing and font hinting differ slightly between poppler versions; a real change moves far more.</summary>
    private const double Tolerance = 0.01;

    [Theory]
    [InlineData(1, "full-cover.png")]
    [InlineData(9, "full-theme-page.png")]
    public void FullBrief_Page_LooksLikeItsReviewedReference(int page, string reference)
    {
        if (!PageImages.Available) return; // poppler-utils is missing: nothing to compare with
        var actual = PageImages.Render(SampleBriefs.Of("full").Bytes, page, Dpi);
        var referencePath = Path.Combine(AppContext.BaseDirectory, "Pdf", "Reference", reference);
        var difference = File.Exists(referencePath) ? PageImages.MeanDifference(File.ReadAllBytes(referencePath), actual) : 1;
        if (difference <= Tolerance) return;

        var written = Path.Combine(AppContext.BaseDirectory, "Pdf", "Reference", "actual", reference);
        Directory.CreateDirectory(Path.GetDirectoryName(written)!);
        File.WriteAllBytes(written, actual);
        Assert.Fail($"page {page} differs from {reference} by {difference:P2} (tolerance {Tolerance:P0}); the new image is {written}");
    }
}
