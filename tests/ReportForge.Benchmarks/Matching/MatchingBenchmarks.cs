using BenchmarkDotNet.Attributes;
using ReportForge.Matching.Datasets;
using ReportForge.Matching.Retrieval;

namespace ReportForge.Benchmarks.Matching;

/// <summary>Indexing and matching under BenchmarkDotNet (the <c>matching</c> command adds peak memory).</summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private IReadOnlyList<StateRecommendation> corpus = [];
    private IReadOnlyList<(string Text, string Theme, string ThemeKey)> asks = [];
    private RecommendationIndex? index;
    private AskMatcher? matcher;

    [Params(10_000, 100_000)]
    public int Recommendations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        corpus = SyntheticRecommendations.Create(Recommendations);
        asks = SyntheticRecommendations.Asks();
        index = RecommendationIndex.Build(corpus);
        matcher = new AskMatcher(index);
    }

    [GlobalCleanup]
    public void Cleanup() => index?.Dispose();

    [Benchmark]
    public int Index()
    {
        using var built = RecommendationIndex.Build(corpus);
        return built.Recommendations.Count;
    }

    [Benchmark]
    public int Match100Asks() => matcher!.MatchAll(asks).Sum(m => m.Count);
}
