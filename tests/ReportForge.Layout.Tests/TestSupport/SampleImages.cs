using System.IO.Compression;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ReportForge.Layout.Tests.TestSupport;

/// <summary>Small images made in code: a PNG and a one-page vector PDF like the charts the brief embeds.</summary>
internal static class SampleImages
{
    /// <summary>A PNG of <paramref name="width"/> x <paramref name="height"/> pixels with a horizontal gradient.</summary>
    public static byte[] Png(int width, int height)
    {
        using var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0); // filter: none
            for (var x = 0; x < width; x++)
            {
                raw.WriteByte((byte)(40 + 180 * x / Math.Max(1, width - 1)));
                raw.WriteByte((byte)(90 + 100 * y / Math.Max(1, height - 1)));
                raw.WriteByte(160);
            }
        }
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            raw.WriteTo(zlib);

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteBigEndian(header, 0, width);
        WriteBigEndian(header, 4, height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A one-page PDF with a bar chart drawn as vector shapes.</summary>
    public static byte[] VectorChart(double width = 400, double height = 220)
    {
        using var document = new PdfDocument();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(width);
        page.Height = XUnit.FromPoint(height);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            gfx.DrawRectangle(new XPen(XColors.Gray, 1), 10, 10, width - 20, height - 20);
            double[] values = [0.3, 0.8, 0.55, 0.95, 0.4];
            for (var i = 0; i < values.Length; i++)
            {
                var barHeight = (height - 50) * values[i];
                gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(30, 80 + 30 * i, 160)), 30 + i * 70, height - 20 - barHeight, 45, barHeight);
            }
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, data.Length);
        png.Write(length);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, (int)Crc32([.. typeBytes, .. data]));
        png.Write(crc);
    }

    static void WriteBigEndian(byte[] buffer, int offset, int value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }

    static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
