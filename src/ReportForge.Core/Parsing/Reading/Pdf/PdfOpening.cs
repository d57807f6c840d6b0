using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Fonts;

namespace ReportForge.Core.Parsing.Reading.Pdf;

/// <summary>Opens a PDF, turning PdfPig's failures into refusals a person can act on.</summary>
internal static class PdfOpening
{
    private static readonly ParsingOptions Options = new() { UseLenientParsing = true, SkipMissingFonts = true };

    public static PdfDocument Open(byte[] bytes, string file)
    {
        try
        {
            var document = PdfDocument.Open(bytes, Options);
            if (document.NumberOfPages == 0) throw new InputException(file, "is a damaged PDF: it has no pages");
            return document;
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new InputException(file, "is an encrypted PDF that needs a password; save an unprotected copy first", e);
        }
        catch (Exception e) when (e is not InputException && IsDamage(e))
        {
            throw new InputException(file, $"is a damaged PDF that cannot be read ({e.Message.TrimEnd('.')})", e);
        }
    }

    /// <summary>What a broken file makes PdfPig throw; anything else is a bug of ours and is not hidden.</summary>
    public static bool IsDamage(Exception e) =>
        e is PdfDocumentFormatException or CorruptCompressedDataException or InvalidFontFormatException or PdfDocumentStackDepthException or InvalidOperationException or ArgumentException or FormatException
            or IndexOutOfRangeException or NullReferenceException or EndOfStreamException or InvalidCastException
            or KeyNotFoundException or OverflowException or NotSupportedException;
}
