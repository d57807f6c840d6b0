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
        var oneThread = Best(() => { foreach (var (text, theme, key) in asks) matcher.Match(text, theme, key); });
        var noThemeMatcher = new AskMatcher(index, MatchOptions.Default with { ThemeBoost = 0 });
        foreach (var (text, theme, key) in asks) noThemeMatcher.Match(text, theme, key);
        var noTheme = Best(() => { foreach (var (text, theme, key) in asks) noThemeMatcher.Match(text, theme, key); });
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
        foreach (var (text, _, _) in asks)
            index.Search(index.Analyzer.Stems(text).Select(s => s.Term).Distinct().OrderByDescending(index.Idf).Take(matcher.Options.QueryTerms), matcher.Options.Candidates);
        var retrieval = clock.Elapsed;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"indexed {count:N0} recommendations in {indexing.TotalSeconds:0.00} s ({indexingCpu.TotalSeconds:0.00} s CPU); " +
            $"100 asks matched warm on {Environment.ProcessorCount} cores in {runs[runs.Count / 2].TotalMilliseconds:0} ms (median of 10, best {runs[0].TotalMilliseconds:0} ms, {matches} matches; {matchingCpu.TotalMilliseconds:0} ms CPU per 100 asks); " +
            $"one at a time on one thread {oneThread.TotalMilliseconds:0} ms (best of 7; without the theme clause {noTheme.TotalMilliseconds:0} ms), BM25 over the wording alone {retrieval.TotalMilliseconds:0} ms; peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB"));
        return 0;
    }

    private static TimeSpan Best(Action action)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 7; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            if (clock.Elapsed < best) best = clock.Elapsed;
        }
        return best;
    }

    private static int MatchAll(AskMatcher matcher, IReadOnlyList<(string Text, string Theme, string ThemeKey)> asks) =>
        matcher.MatchAll(asks).Sum(m => m.Count);
}
