using DocumentFormat.OpenXml;

namespace ReportForge.Exports.Word.Blocks;

/// <summary>"Stakeholders involved": the full name of every organisation this brief quotes.</summary>
internal static class StakeholderList
{
    public const string Heading = "Stakeholders involved";

    public static IEnumerable<OpenXmlElement> Create(WordBriefContext context)
    {
        var codes = context.Theme.Statements.SelectMany(s => s.Stakeholders)
            .Concat(context.Theme.Recommendations.SelectMany(r => r.Stakeholders))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (codes.Count == 0) yield break;
        yield return WordText.Paragraph(WordStyles.Heading1, WordText.Run(Heading));
        foreach (var name in codes.Select(code => BriefWording.StakeholderName(context.Content.Summary, code))
                     .Order(StringComparer.OrdinalIgnoreCase))
            yield return WordText.Paragraph(WordStyles.ListBullet, WordText.Run(name));
    }
}
