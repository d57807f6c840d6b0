using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportForge.Exports.Packaging;
using ReportForge.Exports.Pipeline;
using ReportForge.Exports.Word.Parts;

namespace ReportForge.Exports.Word.Reference;

/// <summary>
/// Writes the first version of <c>templates/word/reference.docx</c>, the document whose styles,
/// lists, theme, fonts and settings every Word brief copies. Run it again to start over from the
/// built-in look; after that, restyle the file in Word instead.
/// </summary>
public static class ReferenceDocumentBuilder
{
    /// <summary>Writes the reference document to <paramref name="path"/>, replacing it whole or not at all.</summary>
    public static void Save(string path)
    {
        using var buffer = new MemoryStream();
        Write(buffer);
        AtomicFile.WriteAllBytes(path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Writes the reference document to <paramref name="output"/>.</summary>
    public static void Write(Stream output)
    {
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = ReferenceStyles.Create();
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = ReferenceNumbering.Create();
            var theme = main.AddNewPart<ThemePart>("rIdTheme");
            using (var writer = new StreamWriter(theme.GetStream(FileMode.Create))) writer.Write(ReferenceTheme.Xml);
            main.AddNewPart<FontTablePart>("rIdFontTable").Fonts = ReferenceSettings.FontTable();
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = ReferenceSettings.Create();
            HeaderFooterParts.AddHeader(main, "Header: country · brief title");
            HeaderFooterParts.AddFooterWithPageNumbers(main);

            var footnotes = new FootnoteList();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(ReferenceSpecimen.Create(footnotes));
            footnotes.AddFootnotesPart(main);
            CoreProperties.Add(document, "ReportForge Word reference document", "Styles for Word briefs",
                "reference document; styles", "Restyle this document to restyle every Word brief.");
        }
        package.Position = 0;
        DeterministicZip.Copy(package, output);
    }
}
