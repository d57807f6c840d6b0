using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace ReportForge.Exports.Word.Parts;

/// <summary>
/// Title, subject, keywords and creator, written as the part's XML. No dates: the same inputs
/// must give the same document, and a render time is not a fact about the brief.
/// </summary>
internal static class CoreProperties
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public const string Creator = "ReportForge";

    public static void Add(WordprocessingDocument document, string title, string subject, string keywords, string description)
    {
        var xml = new XDocument(
            new XDeclaration("1.0", "UTF-8", "yes"),
            new XElement(Cp + "coreProperties",
                new XAttribute(XNamespace.Xmlns + "cp", Cp),
                new XAttribute(XNamespace.Xmlns + "dc", Dc),
                new XElement(Dc + "title", WordText.Clean(title)),
                new XElement(Dc + "subject", WordText.Clean(subject)),
                new XElement(Dc + "creator", Creator),
                new XElement(Cp + "keywords", WordText.Clean(keywords)),
                new XElement(Dc + "description", WordText.Clean(description)),
                new XElement(Cp + "lastModifiedBy", Creator)));
        var part = document.AddCoreFilePropertiesPart();
        using var stream = part.GetStream(FileMode.Create);
        xml.Save(stream);
    }
}
