using System.Diagnostics;
using SkiaSharp;

namespace ReportForge.Exports.Tests.Pdf.Brief;

/// <summary>Renders PDF pages to PNG with poppler's <c>pdftoppm</c> and compares page images.</summary>
internal static class PageImages
{
    /// <summary>True when <c>pdftoppm</c> is on the path (poppler-utils; <c>.ci/run</c> installs it).</summary>
    public static bool Available => Lazy.Value;

    private static readonly Lazy<bool> Lazy = new(() =>
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("pdftoppm", "-v") { RedirectStandardError = true, RedirectStandardOutput = true });
            probe!.WaitForExit();
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    /// <summary>Page <paramref name="page"/> of <paramref name="pdf"/> as PNG bytes at <paramref name="dpi"/>.</summary>
    public static byte[] Render(byte[] pdf, int page, int dpi)
    {
        var folder = Directory.CreateTempSubdirectory("reportforge-pages-").FullName;
        try
        {
            var input = Path.Combine(folder, "brief.pdf");
            File.WriteAllBytes(input, pdf);
            var prefix = Path.Combine(folder, "page");
            var arguments = string.Join(' ', "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-png", "-singlefile", $"\"{input}\"", $"\"{prefix}\"");
            using var process = Process.Start(new ProcessStartInfo("pdftoppm", arguments) { RedirectStandardError = true })!;
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "pdftoppm failed: " + errors);
            return File.ReadAllBytes(prefix + ".png");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The mean difference per pixel and channel, 0 (identical) to 1 (black against white);
    /// 1 when the sizes differ.
    /// </summary>
    public static double MeanDifference(byte[] expectedPng, byte[] actualPng)
    {
        using var expected = SKBitmap.Decode(expectedPng);
        using var actual = SKBitmap.Decode(actualPng);
        if (expected.Width != actual.Width || expected.Height != actual.Height) return 1;
        double total = 0;
        for (var y = 0; y < expected.Height; y++)
            for (var x = 0; x < expected.Width; x++)
            {
                var a = expected.GetPixel(x, y);
                var b = actual.GetPixel(x, y);
                total += Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue);
            }
        return total / (expected.Width * expected.Height * 3 * 255.0);
    }
}
