namespace ReportForge.Exports.Charts;

internal static class ChartText
{
    /// <summary>Shortens a theme title for an axis label, cutting at a word.</summary>
    public static string Shorten(string title, int max = 46)
    {
        if (title.Length <= max) return title;
        var cut = title.LastIndexOf(' ', max - 1);
        return title[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ' ') + "…";
    }
}
