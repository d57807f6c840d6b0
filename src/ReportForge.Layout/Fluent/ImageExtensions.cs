using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Fluent;

/// <summary>Raster (PNG, JPEG) and vector (one-page PDF) images.</summary>
public static class ImageExtensions
{
    /// <summary>
    /// An image from PNG, JPEG or PDF bytes (a PDF's first page is drawn as vector graphics, e.g. a
    /// chart rendered by SkiaSharp). With <paramref name="alt"/> it is tagged as a Figure; without, it is
    /// decoration.
    /// </summary>
    public static void Image(this IContainer container, byte[] data, string? alt = null, ImageScaling scaling = ImageScaling.FitWidth) =>
        container.Fill(new Image { Source = new ImageSource(data), AltText = alt, Scaling = scaling });

    /// <summary>An image read from a stream (see the byte array overload).</summary>
    public static void Image(this IContainer container, Stream data, string? alt = null, ImageScaling scaling = ImageScaling.FitWidth)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var copy = new MemoryStream();
        data.CopyTo(copy);
        container.Image(copy.ToArray(), alt, scaling);
    }
}
