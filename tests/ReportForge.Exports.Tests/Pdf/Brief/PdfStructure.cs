using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace ReportForge.Exports.Tests.Pdf.Brief;

/// <summary>Reads what PdfPig does not show with PDFsharp: the structure tree, the mark info and the fonts.</summary>
internal sealed class PdfStructure
{
    private readonly PdfDocument _document;

    public PdfStructure(byte[] pdf) => _document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

    private PdfDictionary Catalog => _document.Internals.Catalog;

    public bool HasStructureTree => Catalog.Elements.GetDictionary("/StructTreeRoot") is not null;

    /// <summary>True when the catalog says the document is tagged (<c>/MarkInfo &lt;&lt;/Marked true&gt;&gt;</c>).</summary>
    public bool IsMarked => Catalog.Elements.GetDictionary("/MarkInfo")?.Elements.GetBoolean("/Marked") ?? false;

    public string Language => Catalog.Elements.GetString("/Lang");

    /// <summary>Structure types in document order: Document, H1, P, Table, TR, TH…</summary>
    public List<string> StructureTypes()
    {
        var types = new List<string>();
        Walk(Catalog.Elements.GetDictionary("/StructTreeRoot")?.Elements["/K"], d =>
        {
            types.Add(d.Elements.GetName("/S").TrimStart('/'));
        });
        return types;
    }

    /// <summary>Alternative texts of the Figure elements.</summary>
    public List<string> FigureAltTexts()
    {
        var alts = new List<string>();
        Walk(Catalog.Elements.GetDictionary("/StructTreeRoot")?.Elements["/K"], d =>
        {
            if (d.Elements.GetName("/S") == "/Figure") alts.Add(d.Elements.GetString("/Alt"));
        });
        return alts;
    }

    /// <summary>Every font on every page (and in the forms the pages draw, such as charts): base name and whether its program is embedded.</summary>
    public List<(string Name, bool Embedded)> Fonts()
    {
        var fonts = new Dictionary<string, bool>(StringComparer.Ordinal);
        var seen = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        foreach (var page in _document.Pages)
            CollectFonts(page.Elements.GetDictionary("/Resources"), fonts, seen);
        return fonts.Select(f => (f.Key, f.Value)).ToList();
    }

    private static void CollectFonts(PdfDictionary? resources, Dictionary<string, bool> fonts, HashSet<PdfDictionary> seen)
    {
        if (resources is null || !seen.Add(resources)) return;
        var fontDictionary = resources.Elements.GetDictionary("/Font");
        if (fontDictionary is not null)
            foreach (var key in fontDictionary.Elements.Keys)
            {
                var font = fontDictionary.Elements.GetDictionary(key)!;
                var descendant = font.Elements.GetArray("/DescendantFonts")?.Elements.GetDictionary(0) ?? font;
                var descriptor = descendant.Elements.GetDictionary("/FontDescriptor");
                var embedded = descriptor is not null &&
                               (descriptor.Elements.ContainsKey("/FontFile2") || descriptor.Elements.ContainsKey("/FontFile3") || descriptor.Elements.ContainsKey("/FontFile"));
                fonts[font.Elements.GetName("/BaseFont")] = embedded;
            }
        var xObjects = resources.Elements.GetDictionary("/XObject");
        if (xObjects is null) return;
        foreach (var key in xObjects.Elements.Keys)
            CollectFonts(xObjects.Elements.GetDictionary(key)?.Elements.GetDictionary("/Resources"), fonts, seen);
    }

    private static void Walk(PdfItem? item, Action<PdfDictionary> visit)
    {
        switch (item is PdfReference reference ? reference.Value : item)
        {
            case PdfArray array:
                foreach (var element in array.Elements) Walk(element, visit);
                break;
            case PdfDictionary dictionary when dictionary.Elements.ContainsKey("/S"):
                visit(dictionary);
                Walk(dictionary.Elements["/K"], visit);
                break;
        }
    }
}
