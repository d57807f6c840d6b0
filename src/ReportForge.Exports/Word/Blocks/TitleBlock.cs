using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Exports.Word.Blocks;

/// <summary>Kicker, theme title, where the theme sits in the summary, and the facts a reader checks first.</summary>
internal static class TitleBlock
{
    public static IEnumerable<OpenXmlElement> Create(WordBriefContext context)
    {
        var theme = context.Theme;
        yield return WordText.Paragraph(WordStyles.Kicker, WordText.Run($"{BriefWording.Review} · {context.Country}"));
        yield return WordText.Paragraph(WordStyles.Title, WordText.Run(theme.Section.Title));

        var parents = theme.Ancestry.Where(s => s.Id != theme.Section.Id).Select(s => s.Title).ToList();
        if (parents.Count > 0)
            yield return WordText.Paragraph(WordStyles.Subtitle, WordText.Run(string.Join(" · ", parents)));

        foreach (var (label, value) in Facts(context))
            yield return WordText.Paragraph(WordStyles.Facts, WordText.Run(label + ": ", WordStyles.Strong), WordText.Run(value));
    }

    // Each fact degrades gracefully: a summary without a cover page has no symbol, session or date.
    private static IEnumerable<(string Label, string Value)> Facts(WordBriefContext context)
    {
        var document = context.Content.Summary.Document;
        var profile = context.Content.Profile;
        yield return ("Country", context.Country);
        yield return ("Review", Join(BriefWording.Review, document.Session));
        var paragraphs = context.Theme.Paragraphs.Select(p => p.Number)
            .Concat(context.Theme.Recommendations.Select(r => r.Paragraph)).ToList();
        var range = paragraphs.Count == 0 ? null : "¶ " + BriefWording.Paragraphs(paragraphs);
        yield return ("Source", Join(BriefWording.SummaryName, document.Symbol, document.Date, range));
        yield return ("Brief", profile.Title);
        if (!string.IsNullOrWhiteSpace(profile.Audience)) yield return ("Prepared for", profile.Audience);
    }

    private static string Join(params string?[] parts) =>
        string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
