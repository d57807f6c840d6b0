using PdfSharp.Drawing;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>Image bytes: PNG or JPEG (raster) or the first page of a PDF (vector, drawn as a form).</summary>
internal sealed class ImageSource
{
    public ImageSource(byte[] data)
    {
        Data = data ?? throw new ArgumentNullException(nameof(data));
        IsPdf = data.Length > 4 && data[0] == '%' && data[1] == 'P' && data[2] == 'D' && data[3] == 'F';
        try
        {
            using var image = CreateXImage();
            NaturalSize = new Size(image.PointWidth, image.PointHeight);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new LayoutException($"The image could not be read ({data.Length} bytes): {e.Message}", e);
        }
    }

    public byte[] Data { get; }
    public bool IsPdf { get; }

    /// <summary>Size in points (raster images at their stored resolution, PDF pages at their page size).</summary>
    public Size NaturalSize { get; }

    /// <summary>A fresh PDFsharp image; forms are bound to the document they are drawn into, so one per document.</summary>
    public XImage CreateXImage() => IsPdf
        ? XPdfForm.FromStream(new MemoryStream(Data, writable: false))
        : XImage.FromStream(new MemoryStream(Data, writable: false));
}
