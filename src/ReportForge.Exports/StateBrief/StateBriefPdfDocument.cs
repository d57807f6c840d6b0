using System.Globalization;
using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.StateBrief;

/// <summary>
/// What to say to one State: the asks of today it championed before, its own earlier wording, what the State under
/// review answered, and which stakeholders carry each ask now.
/// </summary>
internal static class StateBriefPdfDocument
{
    private static readonly Color Muted = Color.FromHex("#4A5562");

    public static Document Compose(BriefContent content, StateChampion champion)
    {
        var brand = Color.FromHex(content.Profile.BrandColor);
        var country = content.Summary.Country;
        var title = $"Meeting {champion.State}: the Universal Periodic Review of {country}";
        return Document.Create(d =>
        {
            d.Metadata(m =>
            {
                m.Title = title;
                m.Author = "ReportForge";
                m.Subject = $"Asks of stakeholders on which {champion.State} made recommendations to {country} before";
                m.Keywords = $"UPR; {country}; {champion.State}; advocacy";
                m.Language = "en";
            });
            d.DefaultTextStyle(s => s.FontFamily("Noto Sans").FontSize(9.5).LineHeight(1.25));
            d.Page(page =>
            {
                page.Size(PageSizes.A4).Margin(50);
                page.Header().PaddingBottom(6).Text(t => t.Span($"State brief: {champion.State}").FontSize(8).FontColor(Muted));
                page.Content().Column(col =>
                {
                    col.Spacing(8);
                    col.Item().Heading(1, title);
                    col.Item().Text(t => t.Span(Summary(champion, country)).FontColor(Muted));
                    var number = 0;
                    foreach (var asked in champion.Asks)
                        col.Item().Element(c => Ask(c, content, asked, ++number, brand));
                });
                page.Footer().PaddingTop(6).Row(row =>
                {
                    row.RelativeItem().Text(t => t.Span($"Source: {content.Summary.Document.Symbol ?? content.Source.FileName}; earlier recommendations from the datasets given to the export.").FontSize(7).FontColor(Muted));
                    row.AutoItem().Text(t =>
                    {
                        t.Span("Page ").FontSize(7).FontColor(Muted);
                        t.CurrentPageNumber().FontSize(7).FontColor(Muted);
                        t.Span(" of ").FontSize(7).FontColor(Muted);
                        t.TotalPages().FontSize(7).FontColor(Muted);
                    });
                });
            });
        });
    }

    internal static string Summary(StateChampion champion, string country) => string.Create(CultureInfo.InvariantCulture,
        $"{champion.State} made recommendations to {country} on {champion.Asks.Count} of the asks stakeholders raise now; " +
        $"{country} supported {champion.Supported} and noted {champion.Noted} of them.");

    private static void Ask(IContainer container, BriefContent content, ChampionedAsk asked, int number, Color brand) =>
        container.Column(col =>
        {
            col.Spacing(3);
            col.Item().Heading(2, $"{number.ToString(CultureInfo.InvariantCulture)}. {Capitalised(asked.Ask.Text)}", bookmark: false);
            col.Item().Text(t =>
            {
                t.Span("Raised now by: ").Bold();
                t.Span(StateBriefPlans.Stakeholders(content, asked.Ask));
                t.Span($" ({content.Summary.Cite(asked.Ask)})").FontColor(Muted);
            });
            foreach (var earlier in asked.Earlier)
                col.Item().PaddingLeft(10).BorderLeft(1.5, brand).PaddingLeft(6).Text(t =>
                {
                    t.Span("Its earlier recommendation: ").Bold();
                    t.Span($"“{earlier.Text}”");
                    t.Span($"\n{Response(earlier)}").FontColor(Muted).FontSize(8.5);
                });
        });

    internal static string Response(EarlierRecommendation earlier)
    {
        var when = earlier.Session is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"session {s}{(earlier.Year is { } y ? $", {y}" : "")}")
            : "an earlier review";
        var with = earlier.States.Count > 1 ? $" with {string.Join(", ", earlier.States.Skip(1).Take(6))}{(earlier.States.Count > 7 ? "…" : "")}" : "";
        return $"Made at {when}{with}; the State {earlier.Response} it.";
    }

    private static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text.TrimStart(':', ' ')[0]) + text.TrimStart(':', ' ')[1..];
}
