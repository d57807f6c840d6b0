using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;
using ReportForge.Layout.Tests.TestSupport;

namespace ReportForge.Layout.Tests.Drawing;

/// <summary>The structure parent tree is complete and in key order, though finished pages' entries are set aside while writing.</summary>
public class ParentTreeSpoolTests
{
    static byte[] ManyPagesWithLinks() => Document.Create(d => d.Page(p =>
    {
        p.Size(PageSizes.A4).Margin(50);
        p.Footer().Text(t => t.CurrentPageNumber());
        p.Content().Column(col =>
        {
            col.Item().Heading(1, "Start", anchor: "start");
            for (var i = 0; i < 60; i++)
            {
                col.Item().Text(Scenario.Words(40, seed: i));
                col.Item().Text(t => t.Hyperlink($"Source {i}", $"https://example.org/{i}"));
            }
            col.Item().LinkTo("start").Text("Back to the start");
        });
    })).GeneratePdf(TestFonts.Options());

    [Fact]
    public void GeneratePdf_WritesEveryPageAndLinkInTheParentTree_InKeyOrder()
    {
        using var document = PdfReader.Open(new MemoryStream(ManyPagesWithLinks()), PdfDocumentOpenMode.Import);
        var root = document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!;
        var nums = root.Elements.GetDictionary("/ParentTree")!.Elements.GetArray("/Nums")!;

        var keys = Enumerable.Range(0, nums.Elements.Count / 2).Select(i => nums.Elements.GetInteger(2 * i)).ToList();
        Assert.Equal(Enumerable.Range(0, keys.Count), keys);
        Assert.Equal(keys.Count, root.Elements.GetInteger("/ParentTreeNextKey"));

        var links = 0;
        Assert.True(document.PageCount >= 4);
        foreach (var page in document.Pages)
        {
            var markedContents = ContentReader.ReadContent(page).OfType<COperator>().Count(o => o.OpCode.Name == "BDC");
            var parents = (PdfArray)Value(nums, page.Elements.GetInteger("/StructParents"));
            Assert.Equal(markedContents, parents.Elements.Count);
            Assert.All(parents.Elements, e => Assert.IsType<PdfReference>(e));
            foreach (var annotation in page.Annotations.OfType<PdfDictionary>())
            {
                Assert.IsType<PdfReference>(Item(nums, annotation.Elements.GetInteger("/StructParent")));
                links++;
            }
        }
        Assert.Equal(61, links);
    }

    static PdfItem Item(PdfArray nums, int key)
    {
        for (var i = 0; i < nums.Elements.Count; i += 2)
            if (nums.Elements.GetInteger(i) == key)
                return nums.Elements[i + 1];
        throw new KeyNotFoundException($"No parent tree entry {key}.");
    }

    static PdfItem Value(PdfArray nums, int key) => Item(nums, key) is PdfReference reference ? reference.Value : Item(nums, key);
}
