using System.Globalization;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Benchmarks.Layout;

/// <summary>A text-and-table document of a chosen length: each chapter is a heading, paragraphs with footnote markers and a table.</summary>
internal static class BenchmarkDocument
{
    static readonly string[] Words = ["human", "rights", "council", "review", "recommendation", "state", "report", "freedom",
        "expression", "assembly", "torture", "detention", "women", "children", "education", "health", "non-discrimination"];

    public static Document Create(int chapters) => Document.Create(d =>
    {
        d.Metadata(m => m.Title = "Benchmark brief");
        d.Page(page =>
        {
            page.Size(PageSizes.A4).Margin(50);
            page.Header().PaddingBottom(6).Text("Stakeholder brief — benchmark").FontSize(8);
            page.Footer().AlignCenter().Text(t => { t.Span("Page "); t.CurrentPageNumber(); t.Span(" of "); t.TotalPages(); });
            page.Content().Column(col =>
            {
                col.Spacing(6);
                for (var c = 1; c <= chapters; c++)
                {
                    col.Item().Heading(1, $"Chapter {c}", anchor: $"chapter-{c}");
                    for (var p = 0; p < 4; p++)
                        col.Item().Text(t =>
                        {
                            t.Justify();
                            t.Span(Sentence(80, c * 31 + p));
                            t.Span((c * 4 + p).ToString(CultureInfo.InvariantCulture)).Superscript();
                            t.Span(". " + Sentence(40, c * 17 + p) + ".");
                        });
                    col.Item().Table(t =>
                    {
                        t.ColumnsDefinition(cols => { cols.ConstantColumn(36); cols.RelativeColumn(); cols.ConstantColumn(80); });
                        t.CellPadding(3).Borders(0.5).Striped(Colors.Lighter);
                        t.Header(h => { h.Cell().Text("No."); h.Cell().Text("Recommendation"); h.Cell().Text("Source"); });
                        for (var r = 1; r <= 12; r++)
                        {
                            t.Cell().Text($"{c}.{r}");
                            t.Cell().Text(Sentence(14 + r % 9, c * 7 + r));
                            t.Cell().Text("JS1, HRW");
                        }
                    });
                }
            });
        });
    });

    /// <summary>Finds templates/fonts above the running binaries (benchmarks run from a generated folder).</summary>
    public static PdfOptions Options()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var fonts = Path.Combine(dir.FullName, "templates", "fonts");
            if (Directory.Exists(fonts))
                return new PdfOptions { FontsDirectory = fonts };
        }
        throw new DirectoryNotFoundException("templates/fonts not found above " + AppContext.BaseDirectory);
    }

    static string Sentence(int words, int seed)
    {
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
    }
}
