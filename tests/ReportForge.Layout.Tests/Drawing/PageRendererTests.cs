using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;
using ReportForge.Layout.Tests.TestSupport;

namespace ReportForge.Layout.Tests.Drawing;

/// <summary>Whole-document layout scenarios on a recording canvas.</summary>
public class PageRendererTests
{
    [Fact]
    public void Table_RepeatsItsHeader_OnEveryPage()
    {
        var (canvas, result) = Scenario.Content(c => c.Table(t =>
        {
            t.CellPadding(3).Borders(0.5).Striped(Colors.Lighter);
            t.ColumnsDefinition(cols => { cols.ConstantColumn(40); cols.RelativeColumn(); });
            t.Header(h => { h.Cell().Text("No."); h.Cell().Text("Recommendation"); });
            for (var i = 1; i <= 500; i++)
            {
                t.Cell().Text(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                t.Cell().Text($"Recommendation {i}");
            }
        }));

        Assert.True(result.PageCount > 10);
        for (var page = 1; page <= result.PageCount; page++)
            Assert.Equal("No.", canvas.TextOn(page).First());
        var numbers = canvas.Texts.Where(t => int.TryParse(t.Text, out _)).Select(t => int.Parse(t.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 500), numbers);
    }

    [Fact]
    public void Heading_NeverEndsAPage()
    {
        var (canvas, result) = Scenario.Content(c => c.Column(col =>
        {
            col.Spacing(6);
            for (var i = 0; i < 40; i++)
            {
                col.Item().Heading(2, $"Heading {i}");
                col.Item().Text(Scenario.Words(20 + i * 7 % 60, seed: i));
            }
        }));

        Assert.True(result.PageCount > 2);
        for (var page = 1; page <= result.PageCount; page++)
        {
            var lastOnPage = canvas.Texts.Where(t => t.Page == page).MaxBy(t => t.Baseline);
            Assert.DoesNotContain("Heading", lastOnPage.Text);
        }
    }

    [Fact]
    public void Paragraphs_LeaveNoWidowOrOrphanLines()
    {
        var paragraphs = Enumerable.Range(0, 30).Select(i => Scenario.Words(30 + i * 13 % 70, seed: i)).ToList();
        var (canvas, result) = Scenario.Content(c => c.Column(col =>
        {
            col.Spacing(8);
            foreach (var paragraph in paragraphs)
                col.Item().Text(paragraph);
        }));

        Assert.True(result.PageCount > 1);
        // Group drawn lines by paragraph: every paragraph split over a page shows ≥ 2 lines on each side.
        var lines = canvas.Texts.GroupBy(t => (t.Page, Math.Round(t.Baseline, 1))).Select(g => (g.Key.Page, Text: string.Join(" ", g.Select(t => t.Text)))).ToList();
        var index = 0;
        foreach (var paragraph in paragraphs)
        {
            var pages = new List<int>();
            var rebuilt = "";
            while (rebuilt.Length < paragraph.Length)
            {
                rebuilt = (rebuilt + " " + lines[index].Text).Trim();
                pages.Add(lines[index].Page);
                index++;
            }
            Assert.Equal(paragraph, rebuilt);
            foreach (var group in pages.GroupBy(p => p))
                Assert.True(pages.Count == 1 || group.Count() >= 2, $"a paragraph leaves {group.Count()} line on page {group.Key}");
        }
    }

    [Fact]
    public void Contents_ListsThePagesTheHeadingsLandedOn()
    {
        var (canvas, result) = Scenario.Render(d =>
        {
            d.Page(p => p.Content().Column(col =>
            {
                col.Item().Heading(1, "Contents", bookmark: false);
                col.Item().TableOfContents(toc =>
                {
                    for (var i = 1; i <= 5; i++)
                        toc.Entry($"Theme {i}", $"theme-{i}");
                });
            }));
            d.Page(p => p.Content().Column(col =>
            {
                for (var i = 1; i <= 5; i++)
                {
                    col.Item().Heading(1, $"Theme {i}", anchor: $"theme-{i}");
                    col.Item().Text(Scenario.Words(400, seed: i));
                }
            }));
        });

        var contents = canvas.Texts.Where(t => t.Page == 1).ToList();
        for (var i = 1; i <= 5; i++)
        {
            var entry = contents.Single(t => t.Text == $"Theme {i}");
            var pageText = contents.Single(t => Math.Abs(t.Baseline - entry.Baseline) < 0.5 && t.Text != entry.Text).Text;
            Assert.Equal(result.AnchorPages[$"theme-{i}"].ToString(System.Globalization.CultureInfo.InvariantCulture), pageText);
            var headingPage = canvas.Texts.First(t => t.Page > 1 && t.Text == $"Theme {i}").Page;
            Assert.Equal(headingPage, result.AnchorPages[$"theme-{i}"]);
        }
        Assert.Equal(5, canvas.Links.Count(l => l.Page == 1 && l.Target.Anchor is not null));
    }

    [Fact]
    public void Footer_ShowsPageXOfY_WithTheFinalPageCount()
    {
        var (canvas, result) = Scenario.Render(d => d.Page(p =>
        {
            p.Content().Text(Scenario.Words(2500));
            p.Footer().Text(t => { t.Span("Page "); t.CurrentPageNumber(); t.Span(" of "); t.TotalPages(); });
        }));

        for (var page = 1; page <= result.PageCount; page++)
            Assert.Equal($"Page {page} of {result.PageCount}", canvas.TextOn(page).Last());
    }

    [Fact]
    public void SectionPageNumbers_RestartInEachPageSet()
    {
        var (canvas, result) = Scenario.Render(d =>
        {
            d.Page(p => p.Section("cover").Content().Text("Cover"));
            foreach (var name in new[] { "body", "annex" })
                d.Page(p =>
                {
                    p.Section(name).Content().Text(Scenario.Words(900));
                    p.Footer().Text(t => { t.Span(name + " "); t.SectionPageNumber(); t.Span("/"); t.SectionPageCount(); });
                });
        });

        var footers = Enumerable.Range(2, result.PageCount - 1).Select(p => canvas.TextOn(p).Last()).ToList();
        Assert.Contains("body 1/", footers[0]);
        Assert.Contains(footers, f => f.StartsWith("annex 1/", StringComparison.Ordinal));
        Assert.All(footers, f => Assert.DoesNotContain("/0", f));
    }

    [Fact]
    public void HeaderAndFooter_AreArtifacts_AndTheBackgroundCoversThePage()
    {
        var (canvas, _) = Scenario.Render(d => d.Page(p =>
        {
            p.Background().Background(Colors.Lighter);
            p.Header().Text("Running header");
            p.Content().Text("Body");
            p.Footer().Text("Running footer");
        }));

        Assert.True(canvas.Texts.Single(t => t.Text == "Running header").InArtifact);
        Assert.True(canvas.Texts.Single(t => t.Text == "Running footer").InArtifact);
        Assert.False(canvas.Texts.Single(t => t.Text == "Body").InArtifact);
        Assert.Equal(new Size(PageSizes.A4.Width, PageSizes.A4.Height), canvas.Rectangles[0].Size);
    }

    [Fact]
    public void UnbreakableContentTallerThanAPage_FailsWithAnErrorNamingIt()
    {
        var error = Assert.Throws<LayoutException>(() => Scenario.Content(c => c.Column(col =>
        {
            col.Item().Text("Intro");
            col.Item().Height(2000).Text("A box taller than any page");
        })));

        Assert.Contains("page 2", error.Message);
        Assert.Contains("2000pt", error.Message);
    }

    [Fact]
    public void KeepTogetherLargerThanAPage_FailsInsteadOfProducingEmptyPages()
    {
        var error = Assert.Throws<LayoutException>(() => Scenario.Content(c => c.ShowEntire().Text(Scenario.Words(3000))));

        Assert.Contains("ShowEntire", error.Message);
        Assert.Contains("text \"", error.Message);
    }

    [Fact]
    public void ShowOnce_InAHeader_AppearsOnTheFirstPageOnly()
    {
        var (canvas, result) = Scenario.Render(d => d.Page(p =>
        {
            p.Header().Column(col =>
            {
                col.Item().ShowOnce().Text("First page only");
                col.Item().ShowIf(page => page.PageNumber > 1).Text("Later pages");
            });
            p.Content().Text(Scenario.Words(2000));
        }));

        Assert.True(result.PageCount > 1);
        Assert.Equal([1], canvas.Texts.Where(t => t.Text == "First page only").Select(t => t.Page));
        Assert.Equal(Enumerable.Range(2, result.PageCount - 1), canvas.Texts.Where(t => t.Text == "Later pages").Select(t => t.Page));
    }

    [Fact]
    public void PageBreak_StartsTheNextItemOnANewPage()
    {
        var (canvas, result) = Scenario.Content(c => c.Column(col =>
        {
            col.Item().Text("Before");
            col.Item().PageBreak();
            col.Item().Text("After");
        }));

        Assert.Equal(2, result.PageCount);
        Assert.Equal(2, canvas.Texts.Single(t => t.Text == "After").Page);
    }

    [Fact]
    public void LandscapePages_AreWiderThanTall()
    {
        var (canvas, _) = Scenario.Content(c => c.AlignRight().Text("right edge"), PageSizes.A4.Landscape());

        Assert.InRange(canvas.Texts.Single().X, 600, PageSizes.A4.Landscape().Width - 50);
    }

    [Fact]
    public void LinkToAMissingAnchor_IsAnError()
    {
        var error = Assert.Throws<LayoutException>(() => Scenario.Content(c => c.Text(t => t.LinkTo("see annex", "annex"))));

        Assert.Contains("'annex'", error.Message);
    }
}
