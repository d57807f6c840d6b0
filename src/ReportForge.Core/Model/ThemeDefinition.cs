namespace ReportForge.Core.Model;

/// <summary>A theme of the UPR summaries, as <c>templates/themes.yaml</c> defines it.</summary>
/// <param name="Key">What profiles name: <c>right-to-health</c>.</param>
/// <param name="Title">What briefs print.</param>
/// <param name="Variants">Headings the template has printed for it over the cycles.</param>
public sealed record ThemeDefinition(string Key, string Title, IReadOnlyList<string> Variants);
