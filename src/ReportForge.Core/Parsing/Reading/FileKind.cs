namespace ReportForge.Core.Parsing.Reading;

/// <summary>Recognises files people give by mistake, by their first bytes.</summary>
internal static class FileKind
{
    /// <summary>A PDF, which the PDF reader reads (PDF files may put a few bytes before the header).</summary>
    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>What to tell the person, or null when the bytes may well be text.</summary>
    public static string? Problem(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
            return "is a PDF; read it as a summary file (SummaryFile.Load), not as text";
        if (head.StartsWith("PK\u0003\u0004"u8))
            return "is a Word document or another zip archive; save it as plain text (.txt) first";
        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
            return "is an old Word (.doc) file; save it as plain text (.txt) first";
        if (head.StartsWith("{\\rtf"u8))
            return "is an RTF document; save it as plain text (.txt) first";
        // UTF-16 text has NUL bytes but says so with its byte-order mark.
        if (head.StartsWith(new byte[] { 0xFF, 0xFE }) || head.StartsWith(new byte[] { 0xFE, 0xFF })) return null;
        if (LooksBinary(head))
            return "is a binary file, not text";
        return null;
    }

    /// <summary>NUL bytes, or many control bytes, do not occur in text (UTF-16 is refused too).</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C)) control++;
        }
        return head.Length > 0 && control * 20 > head.Length;
    }
}
