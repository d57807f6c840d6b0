using ReportForge.Core.Model;

namespace ReportForge.Matching.Advocacy;

/// <summary>A match report as the documents use it: per ask id, the earlier recommendations like it.</summary>
public static class EarlierRecommendations
{
    public static IReadOnlyDictionary<string, IReadOnlyList<EarlierRecommendation>> From(MatchReport report) =>
        report.Asks.ToDictionary(
            a => a.Ask.Id,
            a => (IReadOnlyList<EarlierRecommendation>)a.Matches
                .Select(m => new EarlierRecommendation(m.Text, m.States, m.Recommendation.ResponseLabel, m.Session, m.Year, m.Score, m.Terms))
                .ToList(),
            StringComparer.Ordinal);
}
