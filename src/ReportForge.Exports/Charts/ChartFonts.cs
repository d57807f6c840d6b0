using ScottPlot;

namespace ReportForge.Exports.Charts;

/// <summary>
/// Charts use the product's own fonts from <c>templates/fonts</c>, never whatever a machine has
/// (the Linux Skia build we ship has no font discovery at all).
/// </summary>
internal static class ChartFonts
{
    public const string Family = "Noto Sans";
    private static readonly Lock Gate = new();
    private static string? _registeredFrom;

    /// <summary>Registers the family once per process; ScottPlot's font registry is global.</summary>
    public static void Register(string fontsDirectory)
    {
        lock (Gate)
        {
            if (_registeredFrom == fontsDirectory) return;
            Fonts.AddFontFile(Family, Path.Combine(fontsDirectory, "NotoSans-Regular.ttf"), bold: false, italic: false);
            Fonts.AddFontFile(Family, Path.Combine(fontsDirectory, "NotoSans-Bold.ttf"), bold: true, italic: false);
            _registeredFrom = fontsDirectory;
        }
    }
}
