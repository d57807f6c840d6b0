using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace ReportForge.Layout.Drawing;

/// <summary>
/// PDFsharp's structure builder finds the current page's entry in the structure parent tree by
/// scanning the whole /Nums array, for every marked-content sequence it opens: each one costs more
/// the more pages came before it. Pages are written one after another, and PDFsharp only ever looks
/// up the current page's entry (link annotations get fresh keys), so the entries of finished pages
/// are set aside when a page begins and put back, still in key order, before the document is saved.
/// </summary>
internal sealed class ParentTreeSpool(UAManager manager)
{
    readonly List<PdfItem> _finished = [];

    /// <summary>Call before a page is added: the entries so far belong to finished pages.</summary>
    public void SetAsideFinishedPages()
    {
        if (Nums() is not { } nums)
            return;
        _finished.AddRange(nums.Elements);
        nums.Elements.Clear();
    }

    /// <summary>Puts every entry back in front of the last page's ones.</summary>
    public void Restore()
    {
        if (_finished.Count == 0 || Nums() is not { } nums)
            return;
        var entries = new List<PdfItem>(_finished.Count + nums.Elements.Count);
        entries.AddRange(_finished);
        entries.AddRange(nums.Elements);
        nums.Elements.Clear();
        foreach (var entry in entries)
            nums.Elements.Add(entry);
        _finished.Clear();
    }

    PdfArray? Nums() =>
        manager.StructureTreeRoot.Elements.GetDictionary("/ParentTree")?.Elements.GetArray("/Nums");
}
