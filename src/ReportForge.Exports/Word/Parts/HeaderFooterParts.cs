using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordprocessingText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportForge.Exports.Word.Parts;

/// <summary>The running header (the brief's title) and footer ("Page X of Y" from PAGE and NUMPAGES fields).</summary>
internal static class HeaderFooterParts
{
    public const string HeaderId = "rIdHeader";
    public const string FooterId = "rIdFooter";

    public static void AddHeader(MainDocumentPart main, string title)
    {
        var part = main.AddNewPart<HeaderPart>(HeaderId);
        part.Header = new Header(WordText.Paragraph(WordStyles.Header, WordText.Run(title)));
    }

    public static void AddFooterWithPageNumbers(MainDocumentPart main)
    {
        var part = main.AddNewPart<FooterPart>(FooterId);
        var pageXOfY = WordText.Paragraph(WordStyles.Footer, WordText.Run("Page "));
        pageXOfY.Append(Field("PAGE"));
        pageXOfY.Append(WordText.Run(" of "));
        pageXOfY.Append(Field("NUMPAGES"));
        part.Footer = new Footer(pageXOfY);
    }

    // A complex field with a placeholder result, so readers that do not update fields still show a number.
    private static IEnumerable<OpenXmlElement> Field(string instruction) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode($" {instruction} \\* MERGEFORMAT ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new RunProperties(new NoProof()), new WordprocessingText("1")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];
}
