using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Matching.Datasets;

/// <summary>Where the thematic list's columns are, found by their headings.</summary>
internal sealed record ThematicColumns(int Recommendation, int Position, int Themes)
{
    public static ThematicColumns? TryFind(TableRow header)
    {
        var titles = header.Elements<TableCell>().Select(c => OpenXmlText.Of(c).Trim()).ToList();
        int Find(string word) => titles.FindIndex(t => t.Contains(word, StringComparison.OrdinalIgnoreCase));
        var recommendation = Find("Recommendation");
        var position = Find("Position");
        if (recommendation < 0 || position < 0 || recommendation == position) return null;
        return new ThematicColumns(recommendation, position, Find("theme"));
    }
}
