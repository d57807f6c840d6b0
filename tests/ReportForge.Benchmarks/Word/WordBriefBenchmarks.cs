using BenchmarkDotNet.Attributes;
using ReportForge.Core.Parsing;
using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Pipeline;
using ReportForge.Exports.Word;

namespace ReportForge.Benchmarks.Word;

/// <summary>
/// Renders the Word briefs of the built-in sample's full profile (17 themes) with a warm renderer:
/// the reference document is read in the set-up, as it is once per export.
/// </summary>
[MemoryDiagnoser]
public class WordBriefBenchmarks
{
    private BriefContent _content = null!;
    private WordBriefRenderer _list = null!;
    private WordBriefRenderer _table = null!;
    private List<ArtifactPlan> _plans = null!;

    [GlobalSetup]
    public void Setup()
    {
        var templates = TemplateSet.Open();
        var summary = SummaryFile.Load(templates.SampleSummary, templates.ParseOptions());
        var source = new SourceDescriptor("kazakhstan-2010", "kazakhstan-2010.txt", new string('0', 64));
        _content = BriefSelector.Select(summary, source, templates.Profile("full"), templates.Groups);
        _list = new WordBriefRenderer(templates);
        _table = new WordBriefRenderer(templates, new WordBriefOptions { RecommendationsAsTable = true });
        _plans = _list.Plan(_content).ToList();
        RenderAll(_list);
        RenderAll(_table);
    }

    /// <summary>All 17 briefs, one after the other, recommendations as numbered lists.</summary>
    [Benchmark(Baseline = true)]
    public long AllSeventeenBriefs() => RenderAll(_list);

    /// <summary>All 17 briefs with the recommendations grid.</summary>
    [Benchmark]
    public long AllSeventeenBriefsAsTables() => RenderAll(_table);

    /// <summary>All 17 briefs on every core, as the export pipeline renders them.</summary>
    [Benchmark]
    public long AllSeventeenBriefsInParallel()
    {
        long bytes = 0;
        Parallel.ForEach(_plans, plan => Interlocked.Add(ref bytes, Render(_list, plan)));
        return bytes;
    }

    private long RenderAll(WordBriefRenderer renderer)
    {
        long bytes = 0;
        foreach (var plan in _plans) bytes += Render(renderer, plan);
        return bytes;
    }

    private long Render(WordBriefRenderer renderer, ArtifactPlan plan)
    {
        using var output = new MemoryStream();
        renderer.Render(plan, _content, output, CancellationToken.None);
        return output.Length;
    }
}
