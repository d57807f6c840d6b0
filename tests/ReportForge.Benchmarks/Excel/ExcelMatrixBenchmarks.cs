using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using ReportForge.Core.Model;
using ReportForge.Core.Parsing;
using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Excel;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Benchmarks.Excel;

/// <summary>
/// Writing the recommendation matrix workbook: the Kazakhstan sample's full profile (45 asks), and
/// the same asks repeated to 500 and 5,000 rows to show how time and memory grow.
/// </summary>
[MemoryDiagnoser]
public class ExcelMatrixBenchmarks
{
    private readonly ExcelMatrixRenderer _renderer = new();
    private BriefContent _content = null!;
    private ArtifactPlan _plan = null!;

    /// <summary>45 is the sample as parsed; larger counts repeat its asks.</summary>
    [Params(45, 500, 5000)]
    public int Recommendations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var templates = TemplateSet.Open();
        var text = File.ReadAllText(templates.SampleSummary);
        var sample = SummaryParser.Parse(text, templates.ParseOptions() with { FileName = Path.GetFileName(templates.SampleSummary) });
        var source = new SourceDescriptor("kazakhstan-2010", "kazakhstan-2010.txt",
            Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))));
        _content = BriefSelector.Select(Repeat(sample, Recommendations), source, templates.Profile("full"), templates.Groups);
        _plan = _renderer.Plan(_content).Single();
        if (_content.AllRecommendations.Count() != Recommendations)
            throw new InvalidOperationException($"expected {Recommendations} asks, got {_content.AllRecommendations.Count()}");
    }

    [Benchmark]
    public long WriteMatrix()
    {
        using var output = new MemoryStream();
        _renderer.Render(_plan, _content, output, CancellationToken.None);
        return output.Length;
    }

    private static Summary Repeat(Summary sample, int count)
    {
        var asks = sample.Recommendations;
        var repeated = Enumerable.Range(0, count)
            .Select(i => asks[i % asks.Count] with { Id = $"{asks[i % asks.Count].Id}.{i / asks.Count}" })
            .OrderBy(r => r.Paragraph)
            .ToList();
        return sample with { Recommendations = repeated };
    }
}
