namespace ReportForge.Exports.Charts;

/// <summary>A chart in the two forms documents need: a one-page vector PDF (for PDF briefs, drawn as a
/// form so it stays sharp) and a PNG (for Word and Excel), made only when asked for.</summary>
public sealed class ChartImage(byte[] pdf, Func<byte[]> png, int widthPoints, int heightPoints, string altText)
{
    private readonly Lazy<byte[]> _png = new(png);

    /// <summary>A one-page PDF whose page is exactly <see cref="WidthPoints"/> × <see cref="HeightPoints"/>.</summary>
    public byte[] Pdf { get; } = pdf;

    /// <summary>The same chart at twice the point size in pixels; drawn on first use.</summary>
    public byte[] Png => _png.Value;

    public int WidthPoints { get; } = widthPoints;
    public int HeightPoints { get; } = heightPoints;

    /// <summary>What the chart shows, for screen readers.</summary>
    public string AltText { get; } = altText;
}
