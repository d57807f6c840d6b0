using ReportForge.Core.Model;

namespace ReportForge.Core.Parsing;

/// <summary>Reads a summary from disk: checks size, type and encoding before parsing.</summary>
public static class SummaryFile
{
    /// <summary>The decoded text of <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Empty, binary, a PDF or Word file, too large, or unreadable.</exception>
    public static string ReadText(string path) =>
        throw new NotImplementedException("Reading summaries lands with the parser work.");

    /// <summary>Reads and parses <paramref name="path"/>.</summary>
    public static Summary Load(string path, ParseOptions options) =>
        SummaryParser.Parse(ReadText(path), options with { FileName = Path.GetFileName(path) });
}
