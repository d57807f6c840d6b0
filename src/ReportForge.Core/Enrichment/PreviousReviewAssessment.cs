using ReportForge.Core.Model;

namespace ReportForge.Core.Enrichment;

/// <summary>
/// Stakeholders' assessments of the previous review's recommendations: "HRW stressed that the USA had
/// not implemented UPR supported recommendations…", "JS3 considered that recommendation 115.3 had been
/// partially implemented", "none of the supported recommendations … had been implemented".
/// </summary>
internal static class PreviousReviewAssessment
{
    private static readonly string[] NotDone =
    [
        "not implemented", "not been implemented", "not yet implemented", "not fully implemented", "unimplemented",
        "failed to implement", "none of the", "no progress", "not been acted", "lack of implementation",
        "not taken any", "remained unaddressed",
    ];

    private static readonly string[] PartlyDone =
    [
        "partially implemented", "partly implemented", "partial implementation", "partially", "some progress",
        "limited progress", "insufficient progress", "only in part",
    ];

    private static readonly string[] ReviewMarkers =
    [
        "UPR", "universal periodic review", "previous review", "last review", "first review", "second review",
        "third review", "previous cycle", "supported recommendation", "accepted recommendation", "review recommendation",
    ];

    /// <summary>"recommendation 115.3", "recommendations 118.12 and 118.14".</summary>
    private static bool HasRecommendationNumber(string clause)
    {
        for (var i = 1; i + 1 < clause.Length; i++)
            if (clause[i] == '.' && char.IsAsciiDigit(clause[i - 1]) && char.IsAsciiDigit(clause[i + 1])
                && i >= 3 && char.IsAsciiDigit(clause[i - 2]) && char.IsAsciiDigit(clause[i - 3]))
                return true;
        return false;
    }

    /// <summary>The status a clause gives, or null when it does not assess the previous review's recommendations.</summary>
    public static ImplementationStatus? Of(string clause)
    {
        if (!clause.Contains("recommendation", StringComparison.OrdinalIgnoreCase) || !clause.Contains("implement", StringComparison.OrdinalIgnoreCase))
            return null;
        // The review's own recommendations, not a treaty body's: "supported", "UPR", "previous review", "115.3".
        if (!ReviewMarkers.Any(m => clause.Contains(m, StringComparison.OrdinalIgnoreCase)) && !HasRecommendationNumber(clause))
            return null;
        // Partial first: "not fully implemented" is partial only when it says so; "partially" wins over "not".
        if (PartlyDone.Any(p => clause.Contains(p, StringComparison.OrdinalIgnoreCase))) return ImplementationStatus.PartiallyImplemented;
        if (NotDone.Any(p => clause.Contains(p, StringComparison.OrdinalIgnoreCase))) return ImplementationStatus.NotImplemented;
        if (clause.Contains("had been implemented", StringComparison.OrdinalIgnoreCase)
            || clause.Contains("has been implemented", StringComparison.OrdinalIgnoreCase)
            || clause.Contains("fully implemented", StringComparison.OrdinalIgnoreCase)
            || clause.Contains("had implemented", StringComparison.OrdinalIgnoreCase)
            || clause.Contains("has implemented", StringComparison.OrdinalIgnoreCase))
            return ImplementationStatus.Implemented;
        return ImplementationStatus.Unclear;
    }
}
