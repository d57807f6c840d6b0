using ScottPlot;
using SkiaSharp;

namespace ReportForge.Exports.Charts;

/// <summary>Turns a finished ScottPlot plot into a <see cref="ChartImage"/>.</summary>
internal static class ChartRendering
{
    private const int PngScale = 2;

    public static ChartImage Render(Plot plot, int widthPoints, int heightPoints, string altText) =>
        new(Pdf(plot, widthPoints, heightPoints), () => ChartGate.Run(() => Png(plot, widthPoints, heightPoints)), widthPoints, heightPoints, altText);

    private static byte[] Pdf(Plot plot, int width, int height)
    {
        using var stream = new MemoryStream();
        // fixed dates keep the bytes stable; the page is what documents import, but stable bytes make caching and tests honest
        var metadata = new SKDocumentPdfMetadata
        {
            Creation = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            Modified = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            Producer = "ReportForge",
            Creator = "ReportForge",
            RasterDpi = 300,
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var canvas = document.BeginPage(width, height);
            plot.Render(canvas, width, height);
            document.EndPage();
            document.Close();
        }
        return stream.ToArray();
    }

    private static byte[] Png(Plot plot, int width, int height)
    {
        plot.ScaleFactor = PngScale;
        try
        {
            return plot.GetImageBytes(width * PngScale, height * PngScale, ImageFormat.Png);
        }
        finally
        {
            plot.ScaleFactor = 1;
        }
    }
}
