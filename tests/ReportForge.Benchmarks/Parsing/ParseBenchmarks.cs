using BenchmarkDotNet.Attributes;
using ReportForge.Core.Model;
using ReportForge.Core.Parsing;

namespace ReportForge.Benchmarks.Parsing;

/// <summary>
/// Parse time of the built-in sample and of synthetic summaries about 10 and 100 times its size:
/// the time per byte should stay flat (linear scaling).
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _text = "";

    /// <summary>How many times section II.B is repeated; 1 is the sample itself.</summary>
    [Params(1, 12, 118)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sample = File.ReadAllText(SamplePath());
        _text = Copies == 1 ? sample : SyntheticSummary.Build(sample, Copies);
        Console.WriteLine($"// {Copies} copies: {_text.Length} characters, {SummaryParser.Parse(_text, new ParseOptions()).Paragraphs.Count} paragraphs");
    }

    [Benchmark]
    public Summary Parse() => SummaryParser.Parse(_text, new ParseOptions());

    /// <summary>The sample ships beside every build as <c>templates/samples/kazakhstan-2010.txt</c>; BenchmarkDotNet runs from a folder below it.</summary>
    private static string SamplePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates", "samples", "kazakhstan-2010.txt");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("templates/samples/kazakhstan-2010.txt not found above " + AppContext.BaseDirectory);
    }
}
