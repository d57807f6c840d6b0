using ReportForge.Layout.Fluent;
using ReportForge.Layout.Tests.TestSupport;

namespace ReportForge.Layout.Tests.Drawing;

/// <summary>The same document gives the same bytes, links included.</summary>
public class DeterminismTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void GeneratePdf_GivesTheSameBytes_ForADocumentWithLinks(bool tagged)
    {
        var document = Document.Create(d => d.Page(p => p.Content().Column(col =>
        {
            col.Item().Heading(1, "Target", anchor: "target");
            col.Item().LinkTo("target").Text("Back to the target");
            col.Item().Text(t => t.Hyperlink("A web link", "https://example.org/"));
        })));

        var first = document.GeneratePdf(TestFonts.Options(tagged));
        var second = document.GeneratePdf(TestFonts.Options(tagged));

        Assert.Equal(first, second);
    }
}
