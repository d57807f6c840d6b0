using ReportForge.Core.Model;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Exports.Word.Blocks;

/// <summary>
/// One List Number paragraph per ask (the ask and its footnote), then an Ask Details line:
/// who made it, the action category, the affected groups.
/// </summary>
internal static class RecommendationList
{
    public static IEnumerable<OpenXmlElement> Create(WordBriefContext context)
    {
        foreach (var recommendation in context.Theme.Recommendations)
        {
            yield return WordText.Paragraph(WordStyles.ListNumber,
                WordText.Run(BriefWording.Ask(recommendation)),
                RecommendationBlocks.Footnote(context, recommendation));

            var details = WordText.Paragraph(WordStyles.AskDetails);
            Append(details, "Made by", RecommendationBlocks.MadeBy(context, recommendation));
            Append(details, "Addressed to", BriefWording.OtherAddressee(recommendation, context.Country));
            Append(details, "Action", recommendation.ActionCategory.NumberedLabel());
            Append(details, "Affected groups", RecommendationBlocks.Groups(context, recommendation));
            yield return details;
        }
    }

    private static void Append(Paragraph details, string label, string? value)
    {
        if (value is null) return;
        if (details.Elements<Run>().Any()) details.Append(WordText.Run("  ·  "));
        details.Append(WordText.Run(label + ": ", WordStyles.Strong), WordText.Run(value));
    }
}
