using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace ReportForge.Layout.Tests.TestSupport;

/// <summary>Opens a written PDF with PDFsharp's reader to look at what PdfPig does not show: the structure tree and fonts.</summary>
internal sealed class PdfInspector
{
    readonly PdfDocument _document;

    public PdfInspector(byte[] pdf) => _document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

    /// <summary>The structure types of the tag tree in document order, e.g. Document, H1, P, Table, TR, TH…</summary>
    public List<string> StructureTypes()
    {
        var types = new List<string>();
        var root = _document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot");
        if (root is not null)
            Walk(root.Elements["/K"], types);
        return types;
    }

    /// <summary>Alt texts of the Figure elements.</summary>
    public List<string> FigureAltTexts()
    {
        var alts = new List<string>();
        var root = _document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot");
        if (root is not null)
            CollectAlt(root.Elements["/K"], alts);
        return alts;
    }

    /// <summary>For each font dictionary on any page: its base name and whether a font program is embedded.</summary>
    public List<(string Name, bool Embedded)> Fonts()
    {
        var fonts = new Dictionary<string, bool>();
        foreach (var page in _document.Pages)
        {
            var resources = page.Elements.GetDictionary("/Resources")?.Elements.GetDictionary("/Font");
            if (resources is null)
                continue;
            foreach (var key in resources.Elements.Keys)
            {
                var font = resources.Elements.GetDictionary(key)!;
                var descendant = font.Elements.GetArray("/DescendantFonts")?.Elements.GetDictionary(0) ?? font;
                var descriptor = descendant.Elements.GetDictionary("/FontDescriptor");
                var embedded = descriptor is not null && (descriptor.Elements.ContainsKey("/FontFile2") || descriptor.Elements.ContainsKey("/FontFile3") || descriptor.Elements.ContainsKey("/FontFile"));
                fonts[font.Elements.GetName("/BaseFont")] = embedded && font.Elements.ContainsKey("/ToUnicode");
            }
        }
        return fonts.Select(f => (f.Key, f.Value)).ToList();
    }

    public string Language => _document.Internals.Catalog.Elements.GetString("/Lang");

    public bool HasOutputIntent => _document.Internals.Catalog.Elements.ContainsKey("/OutputIntents");

    static void Walk(PdfItem? item, List<string> types)
    {
        switch (Resolve(item))
        {
            case PdfArray array:
                foreach (var element in array.Elements)
                    Walk(element, types);
                break;
            case PdfDictionary dictionary when dictionary.Elements.ContainsKey("/S"):
                types.Add(dictionary.Elements.GetName("/S").TrimStart('/'));
                Walk(dictionary.Elements["/K"], types);
                break;
        }
    }

    static void CollectAlt(PdfItem? item, List<string> alts)
    {
        switch (Resolve(item))
        {
            case PdfArray array:
                foreach (var element in array.Elements)
                    CollectAlt(element, alts);
                break;
            case PdfDictionary dictionary when dictionary.Elements.ContainsKey("/S"):
                if (dictionary.Elements.GetName("/S") == "/Figure")
                    alts.Add(dictionary.Elements.GetString("/Alt"));
                CollectAlt(dictionary.Elements["/K"], alts);
                break;
        }
    }

    static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;
}
