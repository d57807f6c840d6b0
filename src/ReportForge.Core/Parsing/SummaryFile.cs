using ReportForge.Core.Model;
using ReportForge.Core.Parsing.Reading;
using ReportForge.Core.Parsing.Reading.Pdf;

namespace ReportForge.Core.Parsing;

/// <summary>Reads a summary, the official PDF or its text, from disk or standard input: checks size, type and encoding before parsing.</summary>
public static class SummaryFile
{
    /// <summary>Largest file accepted: 10 MB. A whole summary is under 100 KB as text and 1 MB as a PDF; anything far larger is not one.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The path that means standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>How errors name <paramref name="path"/>: its file name, or "stdin".</summary>
    public static string NameOf(string path) => path == StandardInput ? "stdin" : Path.GetFileName(path);

    /// <summary>The bytes of <paramref name="path"/>; <c>-</c>, a pipe or a device is read whole.</summary>
    /// <exception cref="InputException">Missing, a folder, too large, or unreadable.</exception>
    public static byte[] ReadBytes(string path)
    {
        var name = NameOf(path);
        if (path != StandardInput)
        {
            if (Directory.Exists(path)) throw new InputException(name, "is a folder; give a summary's text file");
            if (!File.Exists(path)) throw new InputException(name, "file not found");
        }
        try
        {
            using var stream = path == StandardInput ? Console.OpenStandardInput()
                : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            // Checked before reading where the size is known: a 50 MB file is refused without loading it.
            if (stream.CanSeek && stream.Length > MaxBytes) throw TooLarge(name, stream.Length);
            return ReadCapped(stream, name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(name, $"cannot be read: {e.Message}", e);
        }
    }

    /// <summary>The decoded text of <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Empty, binary, a PDF or Word file, too large, or unreadable.</exception>
    public static string ReadText(string path) => Decode(ReadBytes(path), NameOf(path)).Text;

    /// <summary>The text of <paramref name="bytes"/>, and the bytes that were not valid where the text is UTF-8.</summary>
    /// <exception cref="InputException">Empty, binary, a PDF or Word file.</exception>
    public static DecodedText Decode(byte[] bytes, string name)
    {
        if (bytes.Length == 0) throw new InputException(name, "is empty");
        if (FileKind.Problem(bytes.AsSpan(0, Math.Min(bytes.Length, 4096))) is { } problem)
            throw new InputException(name, problem);
        var decoded = TextDecoding.Decode(bytes);
        if (string.IsNullOrWhiteSpace(decoded.Text)) throw new InputException(name, "holds no text, only blanks");
        return decoded;
    }

    /// <summary>Reads and parses <paramref name="path"/>.</summary>
    public static Summary Load(string path, ParseOptions options) => Parse(ReadBytes(path), NameOf(path), options);

    /// <summary>Reads and parses <paramref name="path"/>, making the options while a PDF is read (see <see cref="Parse(byte[], string, Func{ParseOptions})"/>).</summary>
    public static Summary Load(string path, Func<ParseOptions> options) => Parse(ReadBytes(path), NameOf(path), options);

    /// <summary>
    /// Parses <paramref name="bytes"/> with the options <paramref name="options"/> makes. For a PDF the two are
    /// independent until the parse: the options (the template files) are made on another thread while this
    /// one reads the PDF, which in a fresh process saves most of the options' start-up cost.
    /// </summary>
    public static Summary Parse(byte[] bytes, string name, Func<ParseOptions> options)
    {
        if (!FileKind.IsPdf(bytes)) return Parse(bytes, name, options());
        var made = Task.Run(() =>
        {
            PdfSummaryReader.Prepare();
            return options();
        });
        var lines = PdfSummaryReader.Read(bytes, name);
        return SummaryParser.Parse(lines, made.GetAwaiter().GetResult() with { FileName = name });
    }

    /// <summary>
    /// Parses <paramref name="bytes"/>: the official PDF through the PDF reader, anything else decoded as
    /// text, its undecodable bytes becoming diagnostics.
    /// </summary>
    public static Summary Parse(byte[] bytes, string name, ParseOptions options)
    {
        if (FileKind.IsPdf(bytes)) return SummaryParser.Parse(PdfSummaryReader.Read(bytes, name), options with { FileName = name });
        var decoded = Decode(bytes, name);
        var summary = SummaryParser.Parse(decoded.Text, options with { FileName = name });
        if (decoded.Problems.Count == 0) return summary;
        return summary with
        {
            Diagnostics = decoded.Problems.Concat(summary.Diagnostics).OrderBy(d => d.Line).ThenBy(d => d.Column).ToList(),
        };
    }

    private static byte[] ReadCapped(Stream stream, string name)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > MaxBytes) throw TooLarge(name, buffer.Length + read);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static InputException TooLarge(string name, long bytes) =>
        new(name, $"is {bytes / (1024 * 1024)} MB; summaries are refused above {MaxBytes / (1024 * 1024)} MB");
}
