using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportForge.Exports.Cover;

namespace ReportForge.Exports.Word.Blocks;

/// <summary>Kicker, theme title, where the theme sits in the summary, and the facts a reader checks first.</summary>
internal static class TitleBlock
{
    public static IEnumerable<OpenXmlElement> Create(WordBriefContext context)
    {
        var theme = context.Theme;
        var cover = BriefCover.Of(context.Content);
        yield return WordText.Paragraph(WordStyles.Kicker, WordText.Run($"{BriefCover.Review} · {cover.Country}"));
        yield return WordText.Paragraph(WordStyles.Title, WordText.Run(theme.Section.Title));

        var parents = theme.Ancestry.Where(s => s.Id != theme.Section.Id).Select(s => s.Title).ToList();
        if (parents.Count > 0)
            yield return WordText.Paragraph(WordStyles.Subtitle, WordText.Run(string.Join(" · ", parents)));

        foreach (var (label, value) in Facts(context, cover))
            yield return WordText.Paragraph(WordStyles.Facts, WordText.Run(label + ": ", WordStyles.Strong), WordText.Run(value));
    }

    private static IEnumerable<(string Label, string Value)> Facts(WordBriefContext context, BriefCover cover)
    {
        var document = cover.Document;
        yield return ("Country", cover.Country);
        yield return ("Review", Join(BriefCover.Review, document.Session));
        var paragraphs = context.Theme.Paragraphs.Select(p => p.Number)
            .Concat(context.Theme.Recommendations.Select(r => r.Paragraph)).ToList();
        var range = paragraphs.Count == 0 ? null : "¶ " + BriefWording.Paragraphs(paragraphs);
        yield return ("Source", Join(BriefCover.SummaryName, document.Symbol, document.Date, range));
        yield return ("Brief", cover.BriefTitle);
        if (cover.PreparedFor is { } audience) yield return ("Prepared for", audience);
    }

    private static string Join(params string?[] parts) =>
        string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
