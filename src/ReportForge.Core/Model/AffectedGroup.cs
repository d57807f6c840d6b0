namespace ReportForge.Core.Model;

/// <summary>A group of people a recommendation is about, from <c>templates/taxonomy.yaml</c>.</summary>
/// <param name="Id">Stable id used in profiles and output: <c>children</c>, <c>lgbti</c>.</param>
/// <param name="Label">What readers see: "Children", "LGBTI persons".</param>
/// <param name="Keywords">Lower-case words or phrases whose presence in a text tags it with the group.</param>
public sealed record AffectedGroup(string Id, string Label, IReadOnlyList<string> Keywords);
