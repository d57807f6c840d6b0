using BenchmarkDotNet.Attributes;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Benchmarks.Layout;

/// <summary>
/// Pages per second of the layout engine for a text-and-table document of about 50 and 200 pages:
/// pages/s = PageCount / Mean. Allocated / PageCount shows whether memory stays flat as pages grow.
/// </summary>
[MemoryDiagnoser]
public class PdfLayoutBenchmarks
{
    Document _document = null!;
    PdfOptions _options = null!;

    /// <summary>Chapters of heading, four paragraphs and a 12-row table; 22 chapters make 38 pages, 117 make 200.</summary>
    [Params(22, 117)]
    public int Chapters { get; set; }

    public int PageCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _options = BenchmarkDocument.Options();
        _document = BenchmarkDocument.Create(Chapters);
        PageCount = _document.Layout(_options).PageCount;
        Console.WriteLine($"// {Chapters} chapters = {PageCount} pages");
    }

    [Benchmark(Description = "GeneratePdf (tagged)")]
    public long GeneratePdf()
    {
        using var sink = new MemoryStream();
        _document.GeneratePdf(sink, _options);
        return sink.Length;
    }
}
