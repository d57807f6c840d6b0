namespace ReportForge.Jobs.Registry;

/// <summary>A recommendations dataset registered beside a summary: what its briefs draw earlier recommendations from.</summary>
/// <param name="Id">Unique among the source's datasets (<c>upr-info-2010-2014</c>).</param>
/// <param name="SourceId">The summary it belongs to.</param>
/// <param name="FileName">The file name it was registered with; the input hash names it, as on the command line.</param>
/// <param name="Sha256">Hex SHA-256 of the file.</param>
/// <param name="Bytes">Size of the file.</param>
/// <param name="Format">"UPR Info CSV" or "OHCHR thematic list".</param>
/// <param name="Countries">The States under review it covers.</param>
/// <param name="Recommendations">How many recommendations to the summary's State it holds.</param>
/// <param name="AnyCountry">Accepted although it is about another State than the summary's.</param>
public sealed record DatasetEntry(
    string Id,
    string SourceId,
    string FileName,
    string Sha256,
    long Bytes,
    string Format,
    IReadOnlyList<string> Countries,
    int Recommendations,
    bool AnyCountry);
