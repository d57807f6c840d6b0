using BenchmarkDotNet.Attributes;
using ReportForge.Core.Model;
using ReportForge.Core.Parsing;
using ReportForge.Core.Synthesis;
using ReportForge.Core.Templates;

namespace ReportForge.Benchmarks.Parsing;

/// <summary>
/// Parse time of 100-paragraph later-cycle summaries: the real United States 2025 summary (98
/// paragraphs, 282 notes, from a plain extractor) and the sample laid out as a later-cycle summary
/// twice over (106 paragraphs, unnumbered themes, some paragraphs run together). Target: 5 ms warm.
/// </summary>
[MemoryDiagnoser]
public class LaterCycleParseBenchmarks
{
    private string _text = "";
    private ParseOptions _options = null!;

    [Params("united-states-2025", "sample-later-cycle-x2")]
    public string Summary { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var templates = TemplateSet.Open();
        _options = templates.ParseOptions();
        _text = Summary == "united-states-2025"
            ? File.ReadAllText(Path.Combine(Repository(), "tests", "ReportForge.Core.Tests", "Parsing", "Specs", "united-states-2025.input.txt"))
            : SyntheticCorpus.Scaled(SummaryParser.Parse(File.ReadAllText(templates.SampleSummary), _options), 2, SummaryShape.LaterCycle);
        Console.WriteLine($"// {Summary}: {_text.Length} characters, {SummaryParser.Parse(_text, _options).Paragraphs.Count} paragraphs");
    }

    /// <summary>The checkout: BenchmarkDotNet runs the benchmark from a copy deep below bin/.</summary>
    private static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportForge.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("ReportForge.sln not found above " + AppContext.BaseDirectory);
    }

    [Benchmark]
    public Summary Parse() => SummaryParser.Parse(_text, _options);
}
