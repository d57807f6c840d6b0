using BenchmarkDotNet.Attributes;
using ReportForge.Core.Model;
using ReportForge.Core.Parsing;
using ReportForge.Core.Synthesis;
using ReportForge.Core.Templates;

namespace ReportForge.Benchmarks.Parsing;

/// <summary>
/// Parse time of the built-in sample and of summaries 10 and 100 times its size (every paragraph
/// repeated, footnotes renumbered): the time per paragraph should stay flat (linear scaling).
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _text = "";
    private ParseOptions _options = null!;

    /// <summary>1 is the sample itself.</summary>
    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var templates = TemplateSet.Open();
        _options = templates.ParseOptions();
        var sample = File.ReadAllText(templates.SampleSummary);
        _text = Scale == 1 ? sample : SyntheticCorpus.Scaled(SummaryParser.Parse(sample, _options), Scale);
        Console.WriteLine($"// scale {Scale}: {_text.Length} characters, {SummaryParser.Parse(_text, _options).Paragraphs.Count} paragraphs");
    }

    [Benchmark]
    public Summary Parse() => SummaryParser.Parse(_text, _options);
}
