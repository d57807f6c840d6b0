using DocumentFormat.OpenXml;
using ReportForge.Core.Model;

namespace ReportForge.Exports.Word.Blocks;

/// <summary>"Recommendations": a numbered list by default, a grid when the options ask for one.</summary>
internal static class RecommendationBlocks
{
    public const string Heading = "Recommendations";

    public static IEnumerable<OpenXmlElement> Create(WordBriefContext context)
    {
        yield return WordText.Paragraph(WordStyles.Heading1, WordText.Run(Heading));
        if (context.Theme.Recommendations.Count == 0)
        {
            yield return WordText.Paragraph(WordStyles.Normal, WordText.Run("Stakeholders made no recommendations on this theme."));
            yield break;
        }
        var blocks = context.Options.RecommendationsAsTable
            ? [RecommendationTable.Create(context)]
            : RecommendationList.Create(context);
        foreach (var block in blocks) yield return block;
    }

    /// <summary>"Joint Submission 3 (JS3), Amnesty International (AI)".</summary>
    public static string MadeBy(WordBriefContext context, Recommendation recommendation) =>
        string.Join(", ", recommendation.Stakeholders.Select(code => BriefWording.StakeholderName(context.Content.Summary, code)));

    /// <summary>"Children, Women", or null when the ask names no group.</summary>
    public static string? Groups(WordBriefContext context, Recommendation recommendation) =>
        recommendation.AffectedGroups.Count == 0
            ? null
            : string.Join(", ", recommendation.AffectedGroups.Select(context.Content.GroupLabel));

    /// <summary>The footnote run citing where the ask was made.</summary>
    public static DocumentFormat.OpenXml.Wordprocessing.Run Footnote(WordBriefContext context, Recommendation recommendation) =>
        context.Footnotes.Add(BriefWording.Citation(context.Content.Summary, recommendation.Paragraph, recommendation.Footnotes,
            recommendation.Pointers));
}
