using ReportForge.Core.Model;
using ReportForge.Core.Parsing;
using ReportForge.Core.Parsing.Reading.Pdf;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Tests.Parsing;

/// <summary>A spec's input: text through the text reader, a PDF through the PDF reader; the same parser after.</summary>
internal sealed class SpecInput
{
    private SpecInput(string file, IReadOnlyList<SourceLine> lines)
    {
        File = file;
        Lines = lines;
    }

    /// <summary>The name diagnostics and errors give ("slovenia-2019-pdf.pdf").</summary>
    public string File { get; }

    /// <summary>What the reader made; for a PDF, with its cues.</summary>
    public IReadOnlyList<SourceLine> Lines { get; }

    public bool IsPdf => Path.GetExtension(File) == ".pdf";

    public static SpecInput Read(string path, string file) =>
        Path.GetExtension(path) == ".pdf"
            ? new SpecInput(file, PdfSummaryReader.Read(System.IO.File.ReadAllBytes(path), file))
            : new SpecInput(file, LineReader.Split(System.IO.File.ReadAllText(path)));

    public Summary Parse() => SummaryParser.Parse(Lines, TestData.Options with { FileName = File });
}
