using ReportForge.Core.Model;
using ReportForge.Core.Parsing.Reading;

namespace ReportForge.Core.Parsing;

/// <summary>Reads a summary from disk: checks size, type and encoding before parsing.</summary>
public static class SummaryFile
{
    /// <summary>Largest file accepted: 10 MB. A whole summary is under 100 KB; anything far larger is not one.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The decoded text of <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Empty, binary, a PDF or Word file, too large, or unreadable.</exception>
    public static string ReadText(string path)
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
        if (FileKind.Problem(bytes.AsSpan(0, Math.Min(bytes.Length, 4096))) is { } problem)
            throw new InputException(name, problem);
        var text = TextDecoding.Decode(bytes);
        if (string.IsNullOrWhiteSpace(text)) throw new InputException(name, "holds no text, only blanks");
        return text;
    }

    /// <summary>Reads and parses <paramref name="path"/>.</summary>
    public static Summary Load(string path, ParseOptions options) =>
        SummaryParser.Parse(ReadText(path), options with { FileName = Path.GetFileName(path) });
}
