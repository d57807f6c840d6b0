using BenchmarkDotNet.Attributes;
using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Pdf.Brief;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Benchmarks.Pdf;

/// <summary>
/// One PDF brief of the built-in sample per shipped profile, charts included, into memory:
/// <c>dotnet run -c Release --project tests/ReportForge.Benchmarks -- --filter '*PdfBrief*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class PdfBriefBenchmarks
{
    private PdfBriefRenderer _renderer = null!;
    private BriefContent _content = null!;

    [Params("full", "justice-and-detention", "children", "amnesty-international")]
    public string Profile { get; set; } = "full";

    [GlobalSetup]
    public void Setup()
    {
        var templates = TemplateSet.Open();
        var source = SourceDocument.Load(null, null, templates);
        _content = BriefSelector.Select(source.Summary, source.Descriptor, templates.Profile(Profile), templates.Groups);
        _renderer = new PdfBriefRenderer(templates);
    }

    [Benchmark]
    public int? RenderBrief()
    {
        var plan = _renderer.Plan(_content).Single();
        using var output = new MemoryStream();
        return _renderer.Render(plan, _content, output, CancellationToken.None);
    }
}
