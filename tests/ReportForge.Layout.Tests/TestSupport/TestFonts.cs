using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Tests.TestSupport;

/// <summary>The fonts folder copied beside the test binaries, and options that use it.</summary>
internal static class TestFonts
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "templates", "fonts");

    public static PdfOptions Options(bool tagged = true, bool pdfA = false) =>
        new() { FontsDirectory = Directory, Tagged = tagged, PdfA = pdfA };
}
