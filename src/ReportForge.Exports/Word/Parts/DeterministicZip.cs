using System.IO.Compression;
using System.Xml.Linq;

namespace ReportForge.Exports.Word.Parts;

/// <summary>
/// Rewrites a package with fixed entry times, a fixed entry order and numbered package-level
/// relationship ids, so the same brief gives the same bytes and the manifest's SHA-256 only
/// changes when the content does.
/// </summary>
internal static class DeterministicZip
{
    private const string PackageRelationships = "_rels/.rels";
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Fastest: a brief is a few dozen kilobytes of XML; render time matters more than the last bytes.
    public static void Copy(Stream package, Stream output)
    {
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var entries = source.Entries
            .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1)
            .ThenBy(e => e.FullName, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
            copy.LastWriteTime = EntryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            if (entry.FullName == PackageRelationships) RenumberRelationships(from, to);
            else from.CopyTo(to);
        }
    }

    // System.IO.Packaging names package relationships with random ids ("R50e40d26…"). Nothing
    // inside the parts refers to them, so they can be numbered in order.
    private static void RenumberRelationships(Stream from, Stream to)
    {
        var xml = XDocument.Load(from);
        var number = 0;
        foreach (var relationship in xml.Root!.Elements())
            relationship.SetAttributeValue("Id", $"rId{++number}");
        xml.Save(to, SaveOptions.DisableFormatting);
    }
}
