using ReportForge.Core.Model;
using System.Globalization;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Cover;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf.Brief;

/// <summary>
/// The cover: a full-bleed band in the brand colour with title, country and review, then who the
/// brief is for, why, what it was cut to, where it comes from, and three figures at a glance. The
/// facts it shares with the Word brief's title block come from <see cref="BriefCover"/>.
/// </summary>
internal static class CoverPage
{
    public static void Compose(DocumentDescriptor document, BriefContent content, BriefStyle style, PageSize size, byte[]? logo)
    {
        var theme = style.Theme;
        var cover = BriefCover.Of(content);
        var side = PdfPaper.SideMargin(size);
        document.Page(page =>
        {
            page.Section("cover").Size(size).Margins(0, 0, 0, 40);
            page.Content().Column(col =>
            {
                col.Item().Element(c => Band(c, cover, theme, side, Math.Round(size.Height * 0.42)));
                col.Item().Padding(side, 36, side, 0).Column(body =>
                {
                    body.Spacing(30);
                    body.Item().Element(c => Details(c, cover, content, style));
                    body.Item().Element(c => Figures(c, content, style));
                });
            });
            page.Footer().PaddingHorizontal(side).Element(c => Footer(c, content, style, logo));
        });
    }

    static void Band(IContainer container, BriefCover cover, PdfTheme theme, double side, double height) =>
        container.Background(theme.Brand).MinHeight(height).Padding(side, 56, side, 40).Column(band =>
        {
            band.Item().Text("UNIVERSAL PERIODIC REVIEW  ·  SUMMARY OF STAKEHOLDERS’ INFORMATION")
                .FontSize(8).Bold().FontColor(theme.BrandOnDark);
            band.Item().MinHeight(height - 56 - 40 - 14).AlignBottom().Column(title =>
            {
                title.Spacing(6);
                title.Item().Text(t =>
                {
                    t.Tag(StructureTag.H1);
                    t.Span(cover.BriefTitle).FontSize(32).Bold().FontColor(Colors.White).LineHeight(1.12);
                });
                title.Item().Text(cover.Country).FontSize(20).FontColor(Colors.White);
                if (cover.ReviewLine is { } review)
                    title.Item().PaddingTop(6).Text(review).FontSize(9.5).FontColor(theme.BrandOnDark);
            });
        });

    static void Details(IContainer container, BriefCover cover, BriefContent content, BriefStyle style)
    {
        var rows = new List<(string Label, string Value)>();
        if (cover.PreparedFor is { } audience) rows.Add(("Prepared for", audience));
        var selection = BriefSelection.Describe(content);
        if (Purpose(content, selection.Count > 0) is { } purpose) rows.Add(("Purpose", purpose));
        rows.AddRange(selection);
        var source = cover.Document.Title is { Length: > 0 } title
            ? $"{cover.SourceName}, the {Sentence(title)}"
            : cover.SourceName;
        rows.Add(("Source", source));

        container.Column(col =>
        {
            col.Spacing(9);
            foreach (var (label, value) in rows)
                col.Item().Row(row =>
                {
                    row.Spacing(12);
                    row.ConstantItem(96).Text(label.ToUpperInvariant()).FontSize(7.5).Bold().FontColor(style.Theme.Muted);
                    row.RelativeItem().Text(value).FontSize(10.5);
                });
        });
    }

    /// <summary>
    /// The profile's purpose; for an ad-hoc selection, whose purpose only repeats the ids typed on the
    /// command line ("Selected themes: II.B.2"), a sentence that points at the selection spelled out below it.
    /// </summary>
    static string? Purpose(BriefContent content, bool hasSelection)
    {
        var purpose = content.Profile.Purpose;
        if (string.IsNullOrWhiteSpace(purpose)) return null;
        return hasSelection && purpose.StartsWith("Selected ", StringComparison.Ordinal)
            ? "What stakeholders submitted on the selection below: their concerns, observations, positive developments and recommendations."
            : purpose;
    }

    /// <summary>"Summary of stakeholders' information" reads as "summary of stakeholders' information".</summary>
    static string Sentence(string title) => title.Length > 1 && char.IsUpper(title[0]) && char.IsLower(title[1])
        ? char.ToLowerInvariant(title[0]) + title[1..]
        : title;

    static void Figures(IContainer container, BriefContent content, BriefStyle style)
    {
        (int Value, string Label)[] figures =
        [
            (content.AllRecommendations.Count(), content.AllRecommendations.Count() == 1 ? "recommendation" : "recommendations"),
            (content.Stakeholders.Count, content.Stakeholders.Count == 1 ? "stakeholder" : "stakeholders"),
            (content.Themes.Count, content.Themes.Count == 1 ? "theme" : "themes"),
            .. Assessments(content),
        ];
        container.PaddingTop(6).Row(row =>
        {
            row.Spacing(12);
            foreach (var (value, label) in figures)
                row.RelativeItem().BorderTop(2.5, style.Theme.Brand).PaddingTop(8).Column(cell =>
                {
                    cell.Item().Text(value.ToString(CultureInfo.InvariantCulture)).FontSize(26).Bold().FontColor(style.Theme.Brand).LineHeight(1.1);
                    cell.Item().Text(label).FontSize(9).FontColor(style.Theme.Muted);
                });
        });
    }

    /// <summary>"3 assessments of the previous review", shown only where stakeholders made any.</summary>
    static (int, string)[] Assessments(BriefContent content)
    {
        var count = content.Themes.Sum(t => t.OfKind(StatementKind.Assessment).Count());
        return count == 0 ? [] : [(count, count == 1 ? "assessment of the previous review" : "assessments of the previous review")];
    }

    static void Footer(IContainer container, BriefContent content, BriefStyle style, byte[]? logo) =>
        container.Row(row =>
        {
            row.Spacing(12);
            if (logo is not null)
                row.ConstantItem(110).AlignBottom().MaxHeight(40).Image(logo, scaling: ImageScaling.FitArea);
            row.RelativeItem().AlignBottom().Text(t =>
            {
                t.AlignRight();
                t.Span("Prepared with ReportForge from the summary ").Style(style.Note);
                var hash = $"SHA-256 {content.Source.Sha256[..Math.Min(12, content.Source.Sha256.Length)]}…";
                // The document symbol first where the summary has one: it is what people look the document up by.
                t.Span(content.Summary.Document.Symbol is { Length: > 0 } symbol
                    ? $"{symbol} ({content.Source.FileName}, {hash})"
                    : $"{content.Source.FileName} ({hash})").Style(style.Note);
            });
        });
}
