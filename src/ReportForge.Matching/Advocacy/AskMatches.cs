using ReportForge.Core.Model;
using ReportForge.Matching.Retrieval;

namespace ReportForge.Matching.Advocacy;

/// <summary>A stakeholder's ask and the earlier State recommendations like it, best first.</summary>
public sealed record AskMatches(Recommendation Ask, string Theme, IReadOnlyList<RecommendationMatch> Matches);
