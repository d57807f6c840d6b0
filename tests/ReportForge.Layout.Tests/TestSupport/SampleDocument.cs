using System.Globalization;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Tests.TestSupport;

/// <summary>A document that uses every element: cover, contents, themed chapters, tables, images, annex.</summary>
internal static class SampleDocument
{
    public static readonly string[] Themes = ["Equality and non-discrimination", "Freedom of expression", "Rights of the child"];

    public static Document Create() => Document.Create(d =>
    {
        d.Metadata(m =>
        {
            m.Title = "Stakeholder brief: sample";
            m.Author = "ReportForge";
            m.Subject = "Universal Periodic Review";
            m.Keywords = "UPR, brief, sample";
            m.Language = "en";
        });
        d.DefaultTextStyle(s => s.FontSize(10));

        d.Page(page =>
        {
            page.Section("cover").Margin(60);
            page.Background().Column(col => col.Item().Height(14).Background(Colors.DarkBlue).Text(""));
            page.Content().PaddingTop(180).Column(col =>
            {
                col.Spacing(10);
                col.Item().Text("Stakeholder brief").FontSize(30).Bold().FontColor(Colors.DarkBlue);
                col.Item().Text("Summary of stakeholders’ information — sample country, second cycle").FontSize(13).FontColor(Colors.DarkGrey);
                col.Item().PaddingVertical(10).LineHorizontal(1.5, Colors.DarkBlue);
                col.Item().Text(t =>
                {
                    t.Span("Prepared for advocacy meetings. Source: ");
                    t.Hyperlink("ohchr.org", "https://www.ohchr.org/en/hr-bodies/upr").FontColor(Colors.Blue).Underline();
                });
            });
        });

        d.Page(page =>
        {
            page.Section("body").Margin(50);
            page.Header().PaddingBottom(8).BorderBottom(0.5).PaddingBottom(3).Row(row =>
            {
                row.RelativeItem().Text("Stakeholder brief").FontSize(8).FontColor(Colors.DarkGrey);
                row.AutoItem().Text(t => { t.DefaultStyle(s => s.FontSize(8).FontColor(Colors.DarkGrey)); t.Span("Section page "); t.SectionPageNumber(); });
            });
            page.Footer().PaddingTop(6).AlignCenter().Text(t =>
            {
                t.DefaultStyle(s => s.FontSize(8));
                t.Span("Page ");
                t.CurrentPageNumber();
                t.Span(" of ");
                t.TotalPages();
            });
            page.Content().Column(col =>
            {
                col.Spacing(8);
                col.Item().Heading(1, "Contents", anchor: "contents", bookmark: false);
                col.Item().TableOfContents(toc =>
                {
                    for (var i = 0; i < Themes.Length; i++)
                    {
                        toc.Entry(Themes[i], $"theme-{i + 1}");
                        toc.Entry("Recommendations", $"theme-{i + 1}-recs", level: 2);
                    }
                    toc.Entry("Annex: recommendation matrix", "annex");
                });
                col.Item().PageBreak();

                for (var i = 0; i < Themes.Length; i++)
                    Theme(col, i);
            });
        });

        d.Page(page =>
        {
            page.Section("annex").Size(PageSizes.A4.Landscape()).Margin(36);
            page.Footer().AlignRight().Text(t => { t.DefaultStyle(s => s.FontSize(8)); t.Span("Annex page "); t.SectionPageNumber(); t.Span(" of "); t.SectionPageCount(); });
            page.Content().Column(col =>
            {
                col.Spacing(6);
                col.Item().Heading(1, "Annex: recommendation matrix", anchor: "annex");
                col.Item().Table(t =>
                {
                    t.ColumnsDefinition(c => { c.ConstantColumn(40); c.RelativeColumn(3); c.RelativeColumn(); c.RelativeColumn(); c.ConstantColumn(70); });
                    t.CellPadding(4).Borders(0.5).HeaderBackground(Colors.LightGrey).Striped(Colors.Lighter);
                    t.Header(h =>
                    {
                        foreach (var title in new[] { "No.", "Recommendation", "Recommending State", "Position", "Status" })
                            h.Cell().Text(title).Bold();
                    });
                    var number = 1;
                    foreach (var theme in Themes)
                    {
                        t.Cell(columnSpan: t.ColumnCount).Background(Colors.DarkBlue).PaddingHorizontal(2).Text(theme).Bold().FontColor(Colors.White);
                        for (var r = 0; r < 14; r++, number++)
                        {
                            t.Cell().Text(number.ToString(CultureInfo.InvariantCulture));
                            t.Cell().Text(Scenario.Words(12 + number % 17, seed: number));
                            t.Cell().Text(number % 3 == 0 ? "Norway; Chile" : "France");
                            t.Cell().Text(number % 4 == 0 ? "Noted" : "Supported");
                            t.Cell().Text("");
                        }
                    }
                });
            });
        });
    });

    static void Theme(ColumnDescriptor col, int index)
    {
        var n = index + 1;
        col.Item().Heading(1, $"{n}. {Themes[index]}", anchor: $"theme-{n}");
        col.Item().Heading(2, $"{n}.1 Background", anchor: $"theme-{n}-background");
        col.Item().Text(t =>
        {
            t.Justify();
            t.Span("JS1 noted that the national human rights institution had not been accredited");
            t.Span((10 + n).ToString(CultureInfo.InvariantCulture)).Superscript();
            t.Span(" and recommended its establishment in line with the Paris Principles. ");
            t.Span("Amnesty International").Italic();
            t.Span(" reported restrictions on peaceful assembly");
            t.Span((20 + n).ToString(CultureInfo.InvariantCulture)).Superscript();
            t.Span(". " + Scenario.Words(90, seed: n) + ". ");
            t.Span("Правозащитники").Bold();
            t.Span(" (Cyrillic text must extract cleanly). See also ");
            t.LinkTo("the annex", "annex").FontColor(Colors.Blue).Underline();
            t.Span(".");
        });
        col.Item().Heading(3, $"{n}.1.1 Key concerns");
        col.Item().List(list =>
        {
            list.Spacing(3);
            list.Item().Text("Extra\u00ADordinarily long detention without judicial review");
            list.Item().Text("Restrictions on non-governmental organisations and/or independent media");
            list.Item().Text(Scenario.Words(30, seed: 100 + n));
        });
        if (index == 0)
        {
            col.Item().Row(row =>
            {
                row.Spacing(12);
                row.RelativeItem().Image(SampleImages.VectorChart(), alt: "Bar chart of recommendations by theme");
                row.RelativeItem().Column(c =>
                {
                    c.Spacing(4);
                    c.Item().Image(SampleImages.Png(160, 60), alt: "Colour gradient sample");
                    c.Item().Text("Figures: a vector chart (one-page PDF) and a raster image.").FontSize(8).Italic();
                });
            });
        }
        col.Item().ShowEntire().Border(0.75, Colors.Blue).Background(Colors.Lighter).Padding(8).Text(t =>
        {
            t.Span("Kept together: ").Bold();
            t.Span(Scenario.Words(50, seed: 200 + n));
        });
        col.Item().EnsureSpace(120).Heading(2, $"{n}.2 Recommendations", anchor: $"theme-{n}-recs");
        col.Item().Table(t =>
        {
            t.ColumnsDefinition(c => { c.ConstantColumn(34); c.RelativeColumn(); c.ConstantColumn(90); });
            t.CellPadding(4).Borders(0.5).HeaderBackground(Colors.LightGrey).Striped(Colors.Lighter);
            t.Header(h =>
            {
                h.Cell().Text("No.").Bold();
                h.Cell().Text("Recommendation").Bold();
                h.Cell().Text("Source").Bold();
            });
            for (var r = 1; r <= 8 + 6 * n; r++)
            {
                t.Cell().Text($"{n}.{r}");
                t.Cell().Text(Scenario.Words(10 + r * 7 % 30, seed: r * n));
                if (r % 5 == 1)
                    t.Cell(rowSpan: 2).AlignMiddle().Text("JS2, HRW");
                else if (r % 5 != 2)
                    t.Cell().Text("AI");
            }
        });
        col.Item().LineHorizontal();
    }
}
