using ReportForge.Core.Model;
using ReportForge.Core.Parsing.Reading;
using ReportForge.Core.Parsing.Reading.Pdf;

namespace ReportForge.Core.Parsing;

/// <summary>Reads a summary from disk, the official PDF or its text: checks size, type and encoding before parsing.</summary>
public static class SummaryFile
{
    /// <summary>Largest file accepted: 10 MB. A whole summary is under 100 KB as text and 1 MB as a PDF; anything far larger is not one.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The decoded text of <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Empty, binary, a PDF or Word file, too large, or unreadable.</exception>
    public static string ReadText(string path) => Decode(ReadBytes(path), Path.GetFileName(path));

    /// <summary>Reads and parses <paramref name="path"/>: the official PDF through the PDF reader, anything else as text.</summary>
    /// <exception cref="InputException">Not a summary, or a file that cannot be read (named, with the page or line where known).</exception>
    public static Summary Load(string path, ParseOptions options)
    {
        var name = Path.GetFileName(path);
        var bytes = ReadBytes(path);
        options = options with { FileName = name };
        return FileKind.IsPdf(bytes)
            ? SummaryParser.Parse(PdfSummaryReader.Read(bytes, name), options)
            : SummaryParser.Parse(Decode(bytes, name), options);
    }

    private static byte[] ReadBytes(string path)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            // Checked before reading: a 50 MB file is refused without loading it.
            if (stream.Length > MaxBytes)
                throw new InputException(name,
                    $"is {stream.Length / (1024 * 1024)} MB; summaries are refused above {MaxBytes / (1024 * 1024)} MB");
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(name, $"cannot be read: {e.Message}", e);
        }
        if (bytes.Length == 0) throw new InputException(name, "is empty");
        return bytes;
    }

    private static string Decode(byte[] bytes, string name)
    {
        if (FileKind.Problem(bytes.AsSpan(0, Math.Min(bytes.Length, 4096))) is { } problem)
            throw new InputException(name, problem);
        var text = TextDecoding.Decode(bytes);
        if (string.IsNullOrWhiteSpace(text)) throw new InputException(name, "holds no text, only blanks");
        return text;
    }
}
