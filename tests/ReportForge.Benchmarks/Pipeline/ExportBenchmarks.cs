using BenchmarkDotNet.Attributes;
using ReportForge.Core.Templates;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Benchmarks.Pipeline;

/// <summary>
/// The sample's whole export in-process, warm: every profile, every artifact kind, written to disk
/// and listed in the manifest — what a job does for one source.
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private ExportPipeline _pipeline = null!;
    private SourceDocument _source = null!;
    private string _output = null!;

    [GlobalSetup]
    public void Setup()
    {
        var templates = TemplateSet.Open();
        _pipeline = ExportPipeline.CreateDefault(templates);
        _source = SourceDocument.Load(null, null, templates);
        _output = Directory.CreateTempSubdirectory("reportforge-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_output, recursive: true);

    [Benchmark]
    public int FullExportOfTheSample() =>
        _pipeline.Run(_source, new ExportRequest { OutputRoot = _output, Force = true }).Rendered.Count;
}
