using ReportForge.Exports.Charts;

namespace ReportForge.Exports.Pdf.Brief;

/// <summary>What a brief draws besides text: its charts (vector) and the profile's logo, loaded before layout.</summary>
/// <param name="Charts">The charts with their captions, in order.</param>
/// <param name="Logo">PNG, JPEG or one-page PDF bytes; null without a logo.</param>
internal sealed record BriefAssets(IReadOnlyList<(ChartImage Chart, string Caption)> Charts, byte[]? Logo);
