using System.Diagnostics;
using System.Globalization;
using ReportForge.Matching.Retrieval;

namespace ReportForge.Benchmarks.Matching;

/// <summary>
/// <c>matching [N]</c>: the figures the issue sets targets for, in one process so peak memory means something:
/// index N recommendations (≤ 10 s for 100,000), match 100 asks warm (≤ 200 ms), peak working set (≤ 500 MB).
/// </summary>
internal static class MatchingRun
{
    public static int Run(int count)
    {
        var corpus = SyntheticRecommendations.Create(count);
        var asks = SyntheticRecommendations.Asks();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        // CPU time beside wall time: on a shared machine the wall clock measures the neighbours too.
        var cpuBefore = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var index = RecommendationIndex.Build(corpus);
        var indexing = clock.Elapsed;
        self.Refresh();
        var indexingCpu = self.TotalProcessorTime - cpuBefore;
        var matcher = new AskMatcher(index);
        MatchAll(matcher, asks); // JIT and the idf cache
        var runs = new List<TimeSpan>();
        var matches = 0;
        self.Refresh();
        cpuBefore = self.TotalProcessorTime;
        for (var run = 0; run < 10; run++)
        {
            clock.Restart();
            matches = MatchAll(matcher, asks);
            runs.Add(clock.Elapsed);
        }
        self.Refresh();
        var matchingCpu = (self.TotalProcessorTime - cpuBefore) / 10;
        runs.Sort();
        // Where the time goes: BM25 retrieval alone, without rescoring.
        clock.Restart();
        foreach (var (text, _) in asks)
            index.Search(index.Analyzer.Stems(text).Select(s => s.Term).Distinct().OrderByDescending(index.Idf).Take(matcher.Options.QueryTerms), matcher.Options.Candidates);
        var retrieval = clock.Elapsed;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"indexed {count:N0} recommendations in {indexing.TotalSeconds:0.00} s ({indexingCpu.TotalSeconds:0.00} s CPU); " +
            $"100 asks matched warm in {runs[runs.Count / 2].TotalMilliseconds:0} ms (median of 10, best {runs[0].TotalMilliseconds:0} ms, {matches} matches; {matchingCpu.TotalMilliseconds:0} ms CPU per 100 asks); " +
            $"of which BM25 retrieval {retrieval.TotalMilliseconds:0} ms; peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB"));
        return 0;
    }

    private static int MatchAll(AskMatcher matcher, IReadOnlyList<(string Text, string Theme)> asks) =>
        asks.Sum(a => matcher.Match(a.Text, a.Theme).Count);
}
