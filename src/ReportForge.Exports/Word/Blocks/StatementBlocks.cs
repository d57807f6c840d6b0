using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportForge.Core.Model;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ReportForge.Exports.Word.Blocks;

/// <summary>
/// "The situation" (what stakeholders noted and were concerned about) and "Positive developments".
/// Statements of one summary paragraph make one paragraph of prose, each sentence with its footnote.
/// </summary>
internal static class StatementBlocks
{
    public const string SituationHeading = "The situation";
    public const string PositiveHeading = "Positive developments";
    public const string PreviousReviewHeading = "Previous review: what stakeholders say was done";
    public const string InstitutionHeading = "What the national human rights institution reported";

    /// <summary>What the national human rights institution reported on the theme, apart from the other stakeholders.</summary>
    public static IEnumerable<OpenXmlElement> Institution(WordBriefContext context)
    {
        var statements = context.Theme.Statements.Where(s => s.Kind != StatementKind.Recommendation && ByInstitution(context, s)).ToList();
        if (statements.Count == 0) yield break;
        yield return WordText.Paragraph(WordStyles.Heading1, WordText.Run(InstitutionHeading));
        foreach (var paragraph in Prose(context, statements)) yield return paragraph;
    }

    private static bool ByInstitution(WordBriefContext context, Statement statement) =>
        context.Content.Summary.NationalInstitution is { } code && statement.Stakeholders.Contains(code);

    public static IEnumerable<OpenXmlElement> Situation(WordBriefContext context)
    {
        yield return WordText.Paragraph(WordStyles.Heading1, WordText.Run(SituationHeading));
        var statements = context.Theme.Statements
            .Where(s => s.Kind is StatementKind.Observation or StatementKind.Concern && !ByInstitution(context, s))
            .ToList();
        if (statements.Count == 0 && context.Theme.Statements.Any(s => ByInstitution(context, s))) yield break;
        if (statements.Count == 0)
        {
            yield return WordText.Paragraph(WordStyles.Normal, WordText.Run(context.Theme.Recommendations.Count > 0
                ? "Stakeholders' submissions on this theme consist of the recommendations below."
                : "This brief keeps no observations on this theme."));
            yield break;
        }
        foreach (var paragraph in Prose(context, statements)) yield return paragraph;
    }

    public static IEnumerable<OpenXmlElement> PositiveDevelopments(WordBriefContext context)
    {
        var statements = context.Theme.OfKind(StatementKind.Positive).Where(s => !ByInstitution(context, s)).ToList();
        if (statements.Count == 0) yield break;
        yield return WordText.Paragraph(WordStyles.Heading1, WordText.Run(PositiveHeading));
        foreach (var paragraph in Prose(context, statements)) yield return paragraph;
    }

    /// <summary>Stakeholders' assessments of the previous review's recommendations, each with the status they give.</summary>
    public static IEnumerable<OpenXmlElement> PreviousReview(WordBriefContext context)
    {
        var statements = context.Theme.OfKind(StatementKind.Assessment).Where(s => !ByInstitution(context, s)).ToList();
        if (statements.Count == 0) yield break;
        yield return WordText.Paragraph(WordStyles.Heading1, WordText.Run(PreviousReviewHeading));
        foreach (var paragraph in Prose(context, statements)) yield return paragraph;
    }

    private static IEnumerable<Paragraph> Prose(WordBriefContext context, IReadOnlyList<Statement> statements)
    {
        foreach (var group in statements.GroupBy(s => s.Paragraph))
        {
            var paragraph = WordText.Paragraph(WordStyles.Normal);
            var first = true;
            foreach (var statement in group)
            {
                if (!first) paragraph.Append(WordText.Run(" "));
                paragraph.Append(WordText.Run(BriefWording.Sentence(statement.Text)));
                paragraph.Append(context.Footnotes.Add(
                    BriefWording.Citation(context.Content.Summary, statement.Paragraph, statement.Footnotes, statement.Pointers)));
                first = false;
            }
            yield return paragraph;
        }
    }
}
