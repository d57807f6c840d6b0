using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Exports.Word;

/// <summary>Runs of text that are always valid XML.</summary>
internal static class WordText
{
    /// <summary>
    /// Drops characters XML 1.0 cannot hold (controls, lone surrogates, U+FFFE/U+FFFF) and turns
    /// tabs and line breaks into spaces: a parsed sentence never carries layout.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (IsClean(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (c is '\t' or '\n' or '\r')
            {
                sb.Append(' ');
            }
            else if (IsPlainXmlChar(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>A run in the paragraph's own style.</summary>
    public static Run Run(string? text) =>
        new(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A run in a character style (<see cref="WordStyles.Strong"/>…).</summary>
    public static Run Run(string? text, string characterStyle) =>
        new(new RunProperties(new RunStyle { Val = characterStyle }),
            new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A paragraph in <paramref name="style"/> holding <paramref name="content"/>.</summary>
    public static Paragraph Paragraph(string style, params OpenXmlElement[] content) =>
        new(new OpenXmlElement[] { new ParagraphProperties(new ParagraphStyleId { Val = style }) }.Concat(content));

    // Surrogates fall outside the plain ranges, so text with any takes the careful path.
    private static bool IsClean(string text)
    {
        foreach (var c in text)
            if (!IsPlainXmlChar(c)) return false;
        return true;
    }

    private static bool IsPlainXmlChar(char c) =>
        c is >= '\u0020' and <= '\uD7FF' or >= '\uE000' and <= '\uFFFD';
}
