using ScottPlot;

namespace ReportForge.Exports.Charts;

/// <summary>
/// Charts use the product's own fonts from <c>templates/fonts</c>, never whatever a machine has
/// (the Linux Skia build we ship has no font discovery at all). Skia embeds the whole font file in
/// every chart, so charts get a reduced copy of Noto Sans (see <c>templates/fonts/README.md</c>),
/// registered under a name of its own: ScottPlot answers "Noto Sans" with a font of its own.
/// </summary>
internal static class ChartFonts
{
    public const string Family = "ReportForge Charts";
    private static readonly Lock Gate = new();
    private static string? _registeredFrom;

    /// <summary>Registers the family once per process; ScottPlot's font registry is global.</summary>
    public static void Register(string fontsDirectory)
    {
        lock (Gate)
        {
            if (_registeredFrom == fontsDirectory) return;
            Fonts.AddFontFile(Family, Path.Combine(fontsDirectory, "NotoSansCharts-Regular.ttf"), bold: false, italic: false);
            Fonts.AddFontFile(Family, Path.Combine(fontsDirectory, "NotoSansCharts-Bold.ttf"), bold: true, italic: false);
            _registeredFrom = fontsDirectory;
        }
    }
}
