using ReportForge.Layout.Drawing;
using ReportForge.Layout.Drawing.Fonts;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>
/// Shared state of one render: the canvas of the current pass, the page being filled, and the
/// facts (page count, anchor pages) learnt by the previous pass.
/// </summary>
internal sealed class LayoutContext(FontManager fonts)
{
    public FontManager Fonts { get; } = fonts;
    public ICanvas Canvas { get; set; } = null!;
    public PageState Page { get; set; } = new(1, 0, "", 1, 0);
    public DocumentFacts Previous { get; set; } = DocumentFacts.Unknown;
    public FactsConsulted Consulted { get; } = new();
    public IReadOnlyDictionary<int, TextStyle> HeadingStyles { get; set; } = new Dictionary<int, TextStyle>();

    /// <summary>Height of the content area of the current page: lets tables tell a row that fits on a fresh page from one that never will.</summary>
    public double ContentAreaHeight { get; set; } = double.MaxValue;

    /// <summary>True in the pass that writes the PDF: unknown page references are errors there.</summary>
    public bool IsFinalPass { get; set; }

    public int TotalPages()
    {
        Consulted.TotalPages = Previous.PageCount;
        return Previous.PageCount;
    }

    public int SectionPageCount(string section)
    {
        var count = Previous.SectionPageCounts.GetValueOrDefault(section);
        Consulted.SectionPageCounts[section] = count;
        return count;
    }

    public int? AnchorPage(string anchor)
    {
        int? page = Previous.AnchorPages.TryGetValue(anchor, out var p) ? p : null;
        if (page is null && IsFinalPass)
            throw new LayoutException($"A page reference points at the anchor '{anchor}', which no element defines.");
        Consulted.AnchorPages[anchor] = page;
        return page;
    }
}

/// <summary>What one layout pass learnt about the whole document.</summary>
internal sealed record DocumentFacts(
    int PageCount,
    IReadOnlyDictionary<string, int> AnchorPages,
    IReadOnlyDictionary<string, int> SectionPageCounts)
{
    public static readonly DocumentFacts Unknown = new(0, new Dictionary<string, int>(), new Dictionary<string, int>());
}

/// <summary>The facts a pass relied on; if the pass's own results differ, another pass is needed.</summary>
internal sealed class FactsConsulted
{
    public int? TotalPages { get; set; }
    public Dictionary<string, int> SectionPageCounts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int?> AnchorPages { get; } = new(StringComparer.Ordinal);

    public void Clear()
    {
        TotalPages = null;
        SectionPageCounts.Clear();
        AnchorPages.Clear();
    }

    public bool AgreeWith(DocumentFacts facts) =>
        (TotalPages is null || TotalPages == facts.PageCount)
        && SectionPageCounts.All(p => facts.SectionPageCounts.GetValueOrDefault(p.Key) == p.Value)
        && AnchorPages.All(p => (facts.AnchorPages.TryGetValue(p.Key, out var page) ? page : (int?)null) == p.Value);
}
