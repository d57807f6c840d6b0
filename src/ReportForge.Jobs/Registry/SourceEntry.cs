namespace ReportForge.Jobs.Registry;

/// <summary>A choice offered when tailoring a brief: a theme, a stakeholder or an affected group.</summary>
/// <param name="Id">What a request names (<c>II.B.3</c>, <c>AI</c>, <c>children</c>).</param>
/// <param name="Label">What people read.</param>
public sealed record OutlineItem(string Id, string Label);

/// <summary>A registered summary: its text file and what parsing it found.</summary>
/// <param name="Id">The source id, also its output folder name (<c>kazakhstan-2010</c>).</param>
/// <param name="FileName">The file name it was registered with.</param>
/// <param name="Sha256">Hex SHA-256 of the text.</param>
/// <param name="Bytes">Size of the text.</param>
/// <param name="Country">The country under review.</param>
/// <param name="Themes">Thematic areas, in document order.</param>
/// <param name="Stakeholders">Stakeholders, in the summary's order.</param>
/// <param name="Groups">Affected groups the summary mentions.</param>
public sealed record SourceEntry(
    string Id,
    string FileName,
    string Sha256,
    long Bytes,
    string Country,
    IReadOnlyList<OutlineItem> Themes,
    IReadOnlyList<OutlineItem> Stakeholders,
    IReadOnlyList<OutlineItem> Groups);
