namespace ReportForge.Matching.Datasets;

/// <summary>The recommendations read from one dataset file.</summary>
/// <param name="File">The file name used in messages.</param>
/// <param name="Format">"UPR Info CSV" or "OHCHR thematic list".</param>
/// <param name="Countries">The States under review the file covers.</param>
/// <param name="Recommendations">In file order.</param>
public sealed record RecommendationDataset(
    string File,
    string Format,
    IReadOnlyList<string> Countries,
    IReadOnlyList<StateRecommendation> Recommendations);
