using ReportForge.Core.Model;
using ReportForge.Core.Parsing;
using ReportForge.Matching.Advocacy;
using ReportForge.Matching.Datasets;
using ReportForge.Matching.Retrieval;
using ReportForge.Matching.Tests.Fixtures;

namespace ReportForge.Matching.Tests.Retrieval;

/// <summary>Precision and recall of the matcher on <see cref="LabelledPairs"/>.</summary>
internal sealed class MatchEvaluation : IDisposable
{
    private readonly RecommendationIndex index;
    private readonly Dictionary<string, Summary> summaries;

    public MatchEvaluation()
    {
        var datasets = new[] { FixturePaths.UprInfoCsv, FixturePaths.ThematicList2014, FixturePaths.ThematicList2019 }.Select(DatasetFile.Load);
        index = RecommendationIndex.Build(datasets.SelectMany(d => d.Recommendations).ToList());
        summaries = new()
        {
            ["2014"] = SummaryFile.Load(FixturePaths.Summary2014, new ParseOptions { FileName = "summary.txt" }),
            ["2019"] = SummaryFile.Load(FixturePaths.Summary2019, new ParseOptions { FileName = "summary.txt" }),
        };
    }

    public sealed record Result(double Threshold, int TruePositives, int FalsePositives, int FalseNegatives,
        IReadOnlyList<string> Unlabelled, IReadOnlyList<string> Missed)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    }

    /// <summary>"csv row 140", "2014 115.31": how <see cref="LabelledPairs"/> names a recommendation.</summary>
    public static string Key(StateRecommendation r) =>
        (r.Source.Contains(".csv", StringComparison.Ordinal) ? "csv" : r.Session == 34 ? "2019" : "2014") + " " + r.Id;

    /// <summary>
    /// Labels are per wording: the export repeats a thematic list's recommendation row by row, and a label on one
    /// copy holds for every copy with the same wording and session.
    /// </summary>
    /// <param name="withThemeKey">Give the matcher the ask's canonical theme key, as exports do; else the section title alone.</param>
    public Result Evaluate(MatchOptions options, bool withThemeKey = true)
    {
        var matcher = new AskMatcher(index, options);
        // A merged row (121.2 … (Ukraine); … (Slovakia)) has one id and several wordings: a label holds for each.
        var wordings = index.Recommendations.GroupBy(Key).ToDictionary(g => g.Key, g => g.Select(Wording).Distinct().ToList());
        var labels = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var pair in LabelledPairs.All)
        {
            var ask = AskOf(pair);
            var key = $"{pair.Dataset} {pair.Recommendation}";
            if (!wordings.TryGetValue(key, out var forms)) throw new InvalidOperationException($"No recommendation {key}.");
            if (!index.Recommendations.Any(r => Key(r) == key && Contains(r.Text, pair.RecommendationPhrase)))
                throw new InvalidOperationException($"Recommendation {key} does not say '{pair.RecommendationPhrase}'.");
            foreach (var wording in forms) labels[$"{pair.Summary} {ask.Id} {wording}"] = pair.Relevant;
        }
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var unlabelled = new List<string>();
        foreach (var (year, summary) in summaries)
            foreach (var ask in summary.Recommendations)
                foreach (var match in matcher.Match(ask.Text, AskTheme.Of(summary, ask), withThemeKey ? AskTheme.KeyOf(summary, ask) : ""))
                {
                    var key = $"{year} {ask.Id} {Wording(match.Recommendation)}";
                    shown.Add(key);
                    if (!labels.ContainsKey(key)) unlabelled.Add($"{year} ¶ {ask.Paragraph} {ask.Id} {Key(match.Recommendation)} ({match.Score:0.000}): {match.Text}");
                }
        var tp = labels.Count(p => p.Value && shown.Contains(p.Key));
        var fp = labels.Count(p => !p.Value && shown.Contains(p.Key));
        var fn = labels.Count(p => p.Value && !shown.Contains(p.Key));
        var missed = labels.Where(p => p.Value && !shown.Contains(p.Key)).Select(p => p.Key).ToList();
        return new Result(options.Threshold, tp, fp, fn, unlabelled, missed);
    }

    /// <summary>The one ask of the pair's paragraph that says the pair's phrase.</summary>
    private Recommendation AskOf(LabelledPairs.Pair pair)
    {
        var asks = summaries[pair.Summary].Recommendations
            .Where(a => a.Paragraph == pair.Paragraph && Contains(a.Text, pair.AskPhrase)).ToList();
        return asks.Count == 1 ? asks[0]
            : throw new InvalidOperationException(
                $"{asks.Count} asks in ¶ {pair.Paragraph} of {pair.Summary} say '{pair.AskPhrase}'; a label needs exactly one.");
    }

    private static bool Contains(string text, string phrase) => text.Contains(phrase, StringComparison.OrdinalIgnoreCase);

    private static string Wording(StateRecommendation r) => WordingKey.Of(r.Text) + " @" + r.Session;

    public void Dispose() => index.Dispose();
}
