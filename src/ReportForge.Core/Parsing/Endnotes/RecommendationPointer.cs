namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>
/// A 4th-cycle note that points into a submission: "JS6 made a recommendation (para. 7.2.2)" gives
/// note, <c>JS6</c> and <c>para. 7.2.2</c>.
/// </summary>
internal sealed record RecommendationPointer(int Note, string Code, string Reference);
