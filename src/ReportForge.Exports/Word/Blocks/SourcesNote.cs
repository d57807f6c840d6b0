using DocumentFormat.OpenXml;
using ReportForge.Exports.Cover;

namespace ReportForge.Exports.Word.Blocks;

/// <summary>"Sources": where the brief comes from and how to follow its footnotes back.</summary>
internal static class SourcesNote
{
    public const string Heading = "Sources";

    public static IEnumerable<OpenXmlElement> Create(WordBriefContext context)
    {
        var summary = context.Content.Summary;
        var document = summary.Document;
        var symbol = string.IsNullOrWhiteSpace(document.Symbol) ? "" : $" ({document.Symbol})";
        var date = string.IsNullOrWhiteSpace(document.Date) ? "" : $", dated {document.Date}";
        var source = context.Content.Source;
        var hash = source.Sha256.Length > 12 ? source.Sha256[..12] : source.Sha256;

        yield return WordText.Paragraph(WordStyles.Heading2, WordText.Run(Heading));
        yield return WordText.Paragraph(WordStyles.SourceNote, WordText.Run(
            $"This brief draws on the summary of stakeholders' information{symbol}{date} that the Office of the " +
            $"United Nations High Commissioner for Human Rights prepared for the {BriefCover.Review} of {summary.Country}. " +
            "Statements are quoted as the summary words them. Each footnote gives the summary's paragraph (¶) and its " +
            "own footnote numbers (fn), which name the stakeholders' original submissions."));
        yield return WordText.Paragraph(WordStyles.SourceNote, WordText.Run(
            $"Prepared with ReportForge from {source.FileName} (SHA-256 {hash}…)."));
    }
}
