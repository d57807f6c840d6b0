using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace ReportForge.Core.Tests.Parsing.Reading.Pdf;

/// <summary>
/// A run of text placed on a page: baseline from the page's bottom edge, as PDF counts it. An X below
/// zero continues after the previous run; <paramref name="Raise"/> lifts it above the baseline (a footnote marker).
/// </summary>
internal sealed record Run(string Text, double X, double Baseline, double Size = 10, bool Bold = false, bool Italic = false, double Raise = 0)
{
    public const double After = -1;

    /// <summary>A footnote marker as the UN sets it: 6 pt digits raised 3.5 pt, right after the text before.</summary>
    public static Run Marker(string digits, double baseline) => new(digits, After, baseline, 6, Raise: 3.5);
}

/// <summary>Writes small PDFs laid out like the UN's, with PDFsharp and the fonts in <c>templates/fonts</c>.</summary>
internal static class TestPdf
{
    private static readonly Lock Install = new();

    public const double Height = 842;

    public static byte[] Write(IEnumerable<IEnumerable<Run>> pages, Action<PdfDocument>? configure = null)
    {
        InstallFonts();
        using var document = new PdfDocument();
        foreach (var runs in pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(595);
            page.Height = XUnit.FromPoint(Height);
            using var graphics = XGraphics.FromPdfPage(page);
            var end = 0.0;
            foreach (var run in runs)
            {
                var style = (run.Bold ? XFontStyleEx.Bold : 0) | (run.Italic ? XFontStyleEx.Italic : 0);
                var font = new XFont("Noto Serif", run.Size, style);
                var x = run.X < 0 ? end : run.X;
                graphics.DrawString(run.Text, font, XBrushes.Black, new XPoint(x, Height - run.Baseline - run.Raise), XStringFormats.BaseLineLeft);
                end = x + graphics.MeasureString(run.Text, font).Width;
            }
        }
        configure?.Invoke(document);
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>A page with drawing but no letters, as a scanner makes it.</summary>
    public static byte[] WithoutText()
    {
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
            graphics.DrawRectangle(XBrushes.Gray, new XRect(50, 50, 400, 600));
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>A cover in the UN's layout: symbol top right, the title, the body from 450 pt down.</summary>
    public static List<Run> Cover(string symbol, string title) =>
    [
        new("United Nations", 119.6, 778, 14),
        new(symbol, 430.6, 776, 10),
        new("General Assembly", 119.6, 748, 20, Bold: true),
        new("Distr.: General", 392, 737, 10),
        new("25 July 2014", 392, 725, 10),
        new("Human Rights Council", 56.6, 610, 12, Bold: true),
        new("Working Group on the Universal Periodic Review", 56.6, 598, 10, Bold: true),
        new("Twentieth session", 56.6, 586, 10, Bold: true),
        new(title, 56.6, 541, 14, Bold: true),
        new("Slovenia", 56.6, 515, 14, Bold: true),
    ];

    private static void InstallFonts()
    {
        lock (Install)
            GlobalFontSettings.FontResolver ??= new TemplateFonts();
    }

    /// <summary>Noto Serif from the repository's fonts, whatever the family asked for.</summary>
    private sealed class TemplateFonts : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
            new((bold, italic) switch
            {
                (true, true) => "NotoSerif-BoldItalic",
                (true, false) => "NotoSerif-Bold",
                (false, true) => "NotoSerif-Italic",
                _ => "NotoSerif-Regular",
            });

        public byte[]? GetFont(string faceName)
        {
            var path = TestData.PathOf($"templates/fonts/{faceName}.ttf");
            return File.Exists(path) ? File.ReadAllBytes(path) : File.ReadAllBytes(TestData.PathOf("templates/fonts/NotoSerif-Regular.ttf"));
        }
    }
}
