using BenchmarkDotNet.Attributes;
using ReportForge.Core.Model;
using ReportForge.Core.Parsing;
using ReportForge.Core.Parsing.Reading.Pdf;
using ReportForge.Core.Templates;
using UglyToad.PdfPig;

namespace ReportForge.Benchmarks.Parsing;

/// <summary>
/// Reading and parsing the official summary PDFs against the floor: PdfPig alone enumerating the same
/// PDF's letters. The target is reading + parsing ≤ 1.3× the floor. The minimum is shown beside the mean:
/// on a shared machine it is the figure least disturbed by other work.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class PdfReadBenchmarks
{
    private byte[] _pdf = [];
    private ParseOptions _options = null!;

    [Params("slovenia-2014", "slovenia-2019")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _pdf = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", Document + "-pdf.input.pdf"));
        _options = TemplateSet.Open().ParseOptions() with { FileName = Document + ".pdf" };
    }

    /// <summary>The floor: open the document and touch every letter of every page.</summary>
    [Benchmark(Baseline = true)]
    public int PdfPigLetters()
    {
        using var document = PdfDocument.Open(_pdf);
        var count = 0;
        for (var i = 1; i <= document.NumberOfPages; i++)
            count += document.GetPage(i).Letters.Count;
        return count;
    }

    [Benchmark]
    public int ReadLines() => PdfSummaryReader.Read(_pdf, Document + ".pdf").Count;

    [Benchmark]
    public Summary ReadAndParse() => SummaryParser.Parse(PdfSummaryReader.Read(_pdf, Document + ".pdf"), _options);
}
