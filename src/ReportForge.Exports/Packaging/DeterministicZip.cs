using System.IO.Compression;
using System.Xml.Linq;

namespace ReportForge.Exports.Packaging;

/// <summary>
/// Rewrites an Open XML package (Word or Excel) with fixed entry times, a fixed entry order, numbered
/// package-level relationship ids, a fixed name for the core properties part and no creation or
/// modification time in it, so the same content gives the same bytes and the manifest's SHA-256 only
/// changes when the content does.
/// </summary>
internal static class DeterministicZip
{
    private const string PackageRelationships = "_rels/.rels";
    private const string CorePropertiesFolder = "package/services/metadata/core-properties/";
    private const string CorePropertiesName = CorePropertiesFolder + "core.psmdcp";
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly XNamespace Terms = "http://purl.org/dc/terms/";

    // Fastest: a brief is a few dozen kilobytes of XML; render time matters more than the last bytes.
    public static void Copy(Stream package, Stream output)
    {
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var entries = source.Entries
            .Select(e => (Entry: e, Name: IsCoreProperties(e.FullName) ? CorePropertiesName : e.FullName))
            .OrderBy(e => e.Name == "[Content_Types].xml" ? 0 : 1)
            .ThenBy(e => e.Name, StringComparer.Ordinal);
        foreach (var (entry, name) in entries)
        {
            var copy = target.CreateEntry(name, CompressionLevel.Fastest);
            copy.LastWriteTime = EntryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            if (name == PackageRelationships) RenumberRelationships(from, to);
            else if (name == CorePropertiesName) WithoutTimes(from, to);
            else from.CopyTo(to);
        }
    }

    // System.IO.Packaging (under ClosedXML) names the core properties part with a random GUID.
    private static bool IsCoreProperties(string name) =>
        name.StartsWith(CorePropertiesFolder, StringComparison.Ordinal) && name.EndsWith(".psmdcp", StringComparison.Ordinal);

    // System.IO.Packaging names package relationships with random ids ("R50e40d26…"). Nothing
    // inside the parts refers to them, so they can be numbered in order.
    private static void RenumberRelationships(Stream from, Stream to)
    {
        var xml = XDocument.Load(from);
        var number = 0;
        foreach (var relationship in xml.Root!.Elements())
        {
            relationship.SetAttributeValue("Id", $"rId{++number}");
            if (IsCoreProperties(relationship.Attribute("Target")?.Value.TrimStart('/') ?? ""))
                relationship.SetAttributeValue("Target", "/" + CorePropertiesName);
        }
        xml.Save(to, SaveOptions.DisableFormatting);
    }

    // The save time says when a file was rendered, not what it holds; the manifest records when it was published.
    private static void WithoutTimes(Stream from, Stream to)
    {
        var xml = XDocument.Load(from);
        xml.Root!.Elements().Where(e => e.Name == Terms + "created" || e.Name == Terms + "modified").Remove();
        xml.Save(to, SaveOptions.DisableFormatting);
    }
}
