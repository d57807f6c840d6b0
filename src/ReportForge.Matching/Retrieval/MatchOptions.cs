namespace ReportForge.Matching.Retrieval;

/// <summary>How asks are matched to State recommendations.</summary>
public sealed record MatchOptions
{
    /// <summary>
    /// The lowest score shown. Chosen on the hand-labelled Slovenia pairs (tests/ReportForge.Matching.Tests/Retrieval/
    /// LabelledPairs.cs): see docs/matching.md for precision and recall at this value.
    /// </summary>
    public double Threshold { get; init; } = 0.325;

    /// <summary>At most this many matches per ask.</summary>
    public int MaxMatches { get; init; } = 10;

    /// <summary>How many of the ask's rarest stems the BM25 query uses.</summary>
    public int QueryTerms { get; init; } = 12;

    /// <summary>How many BM25 hits are rescored per ask.</summary>
    public int Candidates { get; init; } = 60;

    /// <summary>Shared inverse document frequency at which a match counts in full (about two or three rare words).</summary>
    public double FullEvidence { get; init; } = 9;

    /// <summary>Added to the score when the recommendation's themes share a word with the ask's theme.</summary>
    public double ThemeBonus { get; init; } = 0.05;

    /// <summary>Weight, in the BM25 query, of a recommendation being filed under the ask's canonical theme; 0 leaves it out.</summary>
    public double ThemeBoost { get; init; } = 0.5;

    public static MatchOptions Default { get; } = new();
}
