using BenchmarkDotNet.Attributes;
using ReportForge.Core.Model;

namespace ReportForge.Benchmarks.Parsing;

/// <summary>
/// Reading and parsing the official summary PDFs against the floor: PdfPig alone enumerating the same
/// PDF's letters. The target is reading + parsing ≤ 1.3× the floor. The minimum is shown beside the mean:
/// on a shared machine it is the figure least disturbed by other work (<c>pdfread</c> gives CPU times).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class PdfReadBenchmarks
{
    private PdfReadCases _cases = null!;

    [Params("slovenia-2014", "slovenia-2019")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _cases = new PdfReadCases(Document);

    /// <summary>The floor: open the document and touch every letter of every page.</summary>
    [Benchmark(Baseline = true)]
    public int PdfPigLetters() => _cases.PdfPigLetters();

    [Benchmark]
    public int ReadLines() => _cases.ReadLines();

    [Benchmark]
    public Summary ReadAndParse() => _cases.ReadAndParse();
}
