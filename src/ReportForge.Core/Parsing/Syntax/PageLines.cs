using ReportForge.Core.Model;

namespace ReportForge.Core.Parsing.Syntax;

/// <summary>
/// Where each line of a PDF's reading sits: its page, and its place among the text lines of that page
/// ("p. 4, line 12"), for lines numbered through the whole document.
/// </summary>
internal sealed class PageLines
{
    private readonly Dictionary<int, (int Page, int Line)> _places;

    private PageLines(Dictionary<int, (int, int)> places) => _places = places;

    /// <summary>Null when the lines carry no pages (the text route).</summary>
    public static PageLines? Of(IReadOnlyList<SourceLine> lines)
    {
        if (lines.Count == 0 || !lines[0].Cues.IsKnown) return null;
        var places = new Dictionary<int, (int, int)>(lines.Count);
        var page = 0;
        var onPage = 0;
        foreach (var line in lines)
        {
            if (line.Cues.Page != page) (page, onPage) = (line.Cues.Page, 0);
            if (!line.IsBlank) onPage++;
            places[line.Number] = (page, Math.Max(onPage, 1));
        }
        return new PageLines(places);
    }

    public (int Page, int Line) Place(int number) => _places.TryGetValue(number, out var place) ? place : (0, number);

    public Diagnostic Locate(Diagnostic diagnostic)
    {
        var (page, line) = Place(diagnostic.Line);
        return page == 0 ? diagnostic : diagnostic with { Line = line, Page = page };
    }
}
