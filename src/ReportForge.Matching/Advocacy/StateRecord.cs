using ReportForge.Core.Model;
using ReportForge.Matching.Retrieval;

namespace ReportForge.Matching.Advocacy;

/// <summary>One recommending State and the asks of today it made similar recommendations on before.</summary>
/// <param name="State">The State's short name.</param>
/// <param name="Asks">Each ask it championed, with the State's own earlier recommendations that match it.</param>
public sealed record StateRecord(string State, IReadOnlyList<(Recommendation Ask, IReadOnlyList<RecommendationMatch> Matches)> Asks)
{
    public int Supported => Asks.SelectMany(a => a.Matches).Count(m => m.Response == Datasets.StateResponse.Supported);
    public int Noted => Asks.SelectMany(a => a.Matches).Count(m => m.Response == Datasets.StateResponse.Noted);
}
