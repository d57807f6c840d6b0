using ReportForge.Matching.Datasets;

namespace ReportForge.Matching.Retrieval;

/// <summary>
/// Finds the State recommendations most like a stakeholder's ask. BM25 (Lucene) over the wording picks the
/// candidates, a recommendation filed under the ask's canonical theme (its issues or themes agreeing with the
/// section's theme key, <see cref="ThemeIssues"/>) ranking higher; that agreement, or the section title sharing a
/// word with its issues, adds a bonus; each is then scored by the share of its own
/// BM25 weight (the inverse document frequencies of its stems) that the ask covers, so a short recommendation wholly
/// inside a long ask scores high and one that shares only a common word scores low, whatever the ask's length.
/// The ask's own length does not count against it: one ask often bundles several recommendations.
/// </summary>
public sealed class AskMatcher(RecommendationIndex index, MatchOptions? options = null)
{
    private readonly MatchOptions options = options ?? MatchOptions.Default;

    public MatchOptions Options => options;

    /// <summary>Matches above the threshold, best first.</summary>
    /// <param name="askText">The ask's wording.</param>
    /// <param name="theme">The title of the ask's section.</param>
    /// <param name="themeKey">The section's canonical theme key (<c>children</c>), if it has one.</param>
    public IReadOnlyList<RecommendationMatch> Match(string askText, string theme, string themeKey = "") =>
        Score(askText, theme, themeKey).Where(m => m.Score >= options.Threshold).Take(options.MaxMatches).ToList();

    /// <summary>
    /// <see cref="Match"/> for many asks, in their order, spread over the cores: the index, its searcher and the
    /// analyzer are safe to share between threads.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<RecommendationMatch>> MatchAll(IReadOnlyList<(string Text, string Theme, string ThemeKey)> asks)
    {
        var results = new IReadOnlyList<RecommendationMatch>[asks.Count];
        Parallel.For(0, asks.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = Match(asks[i].Text, asks[i].Theme, asks[i].ThemeKey));
        return results;
    }

    /// <summary>Every candidate with its score, best first (for choosing the threshold).</summary>
    public IReadOnlyList<RecommendationMatch> Score(string askText, string theme, string themeKey = "")
    {
        var askStems = index.Analyzer.Stems(askText);
        var askWords = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stem in askStems) askWords.TryAdd(stem.Term, stem.Word.ToLowerInvariant());
        var themeTerms = ThemeTerms(theme);
        // The rarest words carry the match; common ones ("discrimination" in a tenth of a large corpus) would only
        // make BM25 walk long posting lists. They still count when the candidates are scored.
        // Words no recommendation uses cannot match and would take the rare words' places.
        var queryTerms = askWords.Keys.Where(index.Occurs).OrderByDescending(index.Idf).Take(options.QueryTerms);
        var hits = index.Search(queryTerms, options.Candidates, themeKey, (float)options.ThemeBoost);
        var scored = new List<RecommendationMatch>();
        foreach (var (ordinal, _) in hits)
        {
            var recommendation = index.Recommendations[ordinal];
            var recStems = index.StemsOf(ordinal);
            var total = index.WeightOf(ordinal);
            if (total <= 0) continue;
            var shared = recStems.Where(askWords.ContainsKey).OrderByDescending(index.Idf).ToList();
            if (shared.Count == 0) continue;
            var sameTheme = (themeKey.Length > 0 && index.ThemeKeysOf(ordinal).Contains(themeKey)) || SharesTheme(recommendation, themeTerms);
            var sharedWeight = shared.Sum(index.Idf);
            // Coverage alone would rate "Promote gender equality" fully matched by any ask that says "gender":
            // a match needs about two or three rare words in common before it counts in full.
            var evidence = Math.Min(1, sharedWeight / options.FullEvidence);
            var score = Math.Min(1, sharedWeight / total * evidence + (sameTheme ? options.ThemeBonus : 0));
            scored.Add(new RecommendationMatch([recommendation], Math.Round(score, 3), shared.Select(t => askWords[t]).ToList(), sameTheme));
        }
        return Grouped(scored);
    }

    // A summary has a few dozen themes and a hundred asks: each theme is analysed once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> themeTerms = new(StringComparer.Ordinal);

    private IReadOnlyList<string> ThemeTerms(string theme) => themeTerms.GetOrAdd(theme, t =>
        index.Analyzer.Stems(t, IndexFields.Themes).Select(s => s.Term).Where(term => !GenericThemeWords.Contains(term)).Distinct().ToList());

    // Every second theme is a "right to …": sharing "right" says nothing.
    private static readonly HashSet<string> GenericThemeWords = new(StringComparer.Ordinal) { "right", "general", "issu", "person" };

    private bool SharesTheme(StateRecommendation recommendation, IReadOnlyList<string> themeTerms)
    {
        if (themeTerms.Count == 0) return false;
        return recommendation.Themes.Any(t => index.ThemeStems(t).Any(themeTerms.Contains));
    }

    /// <summary>One match per wording, session and response, carrying every State that made it.</summary>
    private static IReadOnlyList<RecommendationMatch> Grouped(IEnumerable<RecommendationMatch> scored) =>
        scored
            .GroupBy(m => (Text: WordingKey.Of(m.Text), m.Session, m.Response))
            .Select(g => g.First() with { Recommendations = g.SelectMany(m => m.Recommendations).ToList() })
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Session ?? int.MaxValue)
            .ThenBy(m => m.Text, StringComparer.Ordinal)
            .ToList();
}
