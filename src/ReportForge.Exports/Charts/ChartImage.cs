namespace ReportForge.Exports.Charts;

/// <summary>A chart in the two forms documents need: a one-page vector PDF (for PDF briefs, drawn as a
/// form so it stays sharp) and a PNG (for Word and Excel).</summary>
/// <param name="Pdf">A one-page PDF whose page is exactly <paramref name="WidthPoints"/> × <paramref name="HeightPoints"/>.</param>
/// <param name="Png">The same chart at twice the point size in pixels.</param>
/// <param name="AltText">What the chart shows, for screen readers.</param>
public sealed record ChartImage(byte[] Pdf, byte[] Png, int WidthPoints, int HeightPoints, string AltText);
