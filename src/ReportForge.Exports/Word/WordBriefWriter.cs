using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DocumentFormat.OpenXml;
using ReportForge.Exports.Packaging;
using ReportForge.Exports.Word.Blocks;
using ReportForge.Exports.Word.Parts;
using ReportForge.Exports.Word.Reference;
using ReportForge.Exports.Cover;

namespace ReportForge.Exports.Word;

/// <summary>Assembles one brief's package: reference parts, header, footer, body, footnotes, properties.</summary>
internal static class WordBriefWriter
{
    public static void Write(Stream output, WordBriefContext context, ReferenceDocument reference)
    {
        var content = context.Content;
        var section = context.Theme.Section;
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            reference.CopyTo(main, content.Profile.BrandColor);
            HeaderFooterParts.AddHeader(main, $"{context.Country} · {content.Profile.Title}");
            HeaderFooterParts.AddFooterWithPageNumbers(main);
            main.Document = new Document(BriefBody.Create(context));
            context.Footnotes.AddFootnotesPart(main);
            CoreProperties.Add(document,
                title: $"{section.Title} — {context.Country}",
                subject: $"{content.Profile.Title}: {context.Country}, {BriefCover.Review}",
                keywords: $"{BriefCover.Review}; {context.Country}; {section.Title}; {section.Id}",
                description: content.Profile.Purpose ?? "");
        }
        package.Position = 0;
        DeterministicZip.Copy(package, output);
    }
}
