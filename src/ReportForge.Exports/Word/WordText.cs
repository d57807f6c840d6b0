using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportForge.Exports.Text;
using WordprocessingText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportForge.Exports.Word;

/// <summary>Runs of text that are always valid XML.</summary>
internal static class WordText
{
    /// <summary>
    /// Drops characters XML 1.0 cannot hold and turns tabs and line breaks into spaces: a parsed
    /// sentence never carries layout, and a raw line break in <c>w:t</c> would be lost anyway.
    /// </summary>
    public static string Clean(string? text)
    {
        var valid = XmlText.Strip(text);
        return valid.AsSpan().IndexOfAny('\t', '\n', '\r') < 0
            ? valid
            : valid.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
    }

    /// <summary>A run in the paragraph's own style.</summary>
    public static Run Run(string? text) =>
        new(new WordprocessingText(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A run in a character style (<see cref="WordStyles.Strong"/>…).</summary>
    public static Run Run(string? text, string characterStyle) =>
        new(new RunProperties(new RunStyle { Val = characterStyle }),
            new WordprocessingText(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A paragraph in <paramref name="style"/> holding <paramref name="content"/>.</summary>
    public static Paragraph Paragraph(string style, params OpenXmlElement[] content) =>
        new(new OpenXmlElement[] { new ParagraphProperties(new ParagraphStyleId { Val = style }) }.Concat(content));
}
