using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Exports.Word.Blocks;

/// <summary>The body of one brief, in the order of an advocacy factsheet.</summary>
internal static class BriefBody
{
    public static Body Create(WordBriefContext context)
    {
        var body = new Body();
        body.Append(TitleBlock.Create(context));
        body.Append(StatementBlocks.Institution(context));
        body.Append(StatementBlocks.Situation(context));
        body.Append(RecommendationBlocks.Create(context));
        body.Append(StatementBlocks.PositiveDevelopments(context));
        body.Append(StatementBlocks.PreviousReview(context));
        body.Append(StakeholderList.Create(context));
        body.Append(SourcesNote.Create(context));
        body.Append(context.Page.SectionProperties(Parts.HeaderFooterParts.HeaderId, Parts.HeaderFooterParts.FooterId));
        return body;
    }
}
