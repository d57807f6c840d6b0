using ReportForge.Core.Model;
using ReportForge.Matching.Datasets;
using ReportForge.Matching.Retrieval;

namespace ReportForge.Matching.Advocacy;

/// <summary>Every ask of a summary matched against the recommendations of the given datasets.</summary>
public sealed record MatchReport(Summary Summary, IReadOnlyList<RecommendationDataset> Datasets, IReadOnlyList<AskMatches> Asks)
{
    public static MatchReport Empty(Summary summary) => new(summary, [], []);

    /// <summary>Matches every ask of <paramref name="summary"/>.</summary>
    public static MatchReport Build(Summary summary, IReadOnlyList<RecommendationDataset> datasets, MatchOptions? options = null)
    {
        if (datasets.Count == 0) return Empty(summary);
        using var index = RecommendationIndex.Build(datasets.SelectMany(d => d.Recommendations).ToList());
        var matcher = new AskMatcher(index, options);
        var matches = matcher.MatchAll(summary.Recommendations.Select(ask => (ask.Text, AskTheme.Of(summary, ask), AskTheme.KeyOf(summary, ask))).ToList());
        var asks = summary.Recommendations.Select((ask, i) => new AskMatches(ask, AskTheme.Of(summary, ask), matches[i])).ToList();
        return new MatchReport(summary, datasets, asks);
    }

    public IReadOnlyList<RecommendationMatch> For(string askId) =>
        Asks.FirstOrDefault(a => a.Ask.Id == askId)?.Matches ?? [];

    /// <summary>States ranked by how many asks they made similar recommendations on; ties by name.</summary>
    public IReadOnlyList<StateRecord> States() =>
        Asks.SelectMany(a => a.Matches.SelectMany(m => m.States.Select(s => (State: s, a.Ask, Match: m))))
            .GroupBy(x => x.State, StringComparer.OrdinalIgnoreCase)
            .Select(g => new StateRecord(g.Key, g.GroupBy(x => x.Ask.Id)
                .Select(a => (a.First().Ask, (IReadOnlyList<RecommendationMatch>)a.Select(x => x.Match).ToList()))
                .ToList()))
            .OrderByDescending(s => s.Asks.Count)
            .ThenBy(s => s.State, StringComparer.Ordinal)
            .ToList();
}
