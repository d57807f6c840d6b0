using ReportForge.Matching.Datasets;

namespace ReportForge.Matching.Retrieval;

/// <summary>
/// One earlier recommendation similar to an ask. Identical wording made by several States at one session is one
/// match with all of them (the UPR Info export has one row per recommending State).
/// </summary>
/// <param name="Recommendations">The rows behind it; the first carries the wording.</param>
/// <param name="Score">0–1: the share of the recommendation's BM25 weight the ask covers, plus the theme bonus.</param>
/// <param name="Terms">The words they share, rarest first: the reason for the match.</param>
/// <param name="SameTheme">Whether the recommendation's themes share a word with the ask's section.</param>
public sealed record RecommendationMatch(
    IReadOnlyList<StateRecommendation> Recommendations,
    double Score,
    IReadOnlyList<string> Terms,
    bool SameTheme)
{
    public StateRecommendation Recommendation => Recommendations[0];
    public string Text => Recommendation.Text;
    public StateResponse Response => Recommendation.Response;
    public int? Session => Recommendation.Session;
    public int? Year => Recommendation.Year;

    /// <summary>The recommending States, each once, in the order the sources give them.</summary>
    public IReadOnlyList<string> States =>
        Recommendations.SelectMany(r => r.States).Select(StateNames.Canonical).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>"Germany, Norway (2014, supported)".</summary>
    public string Label =>
        $"{string.Join(", ", States)} ({(Year is { } y ? y.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", " : "")}{Recommendation.ResponseLabel})";
}
