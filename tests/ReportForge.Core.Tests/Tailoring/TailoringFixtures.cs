using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;

namespace ReportForge.Core.Tests.Tailoring;

/// <summary>A small summary with two themes, three stakeholders and tagged asks, built by hand.</summary>
internal static class TailoringFixtures
{
    public static readonly SourceDescriptor Source = new("test", "test.txt", "00");

    public static readonly IReadOnlyList<AffectedGroup> Taxonomy =
    [
        new("children", "Children", ["children"]),
        new("women", "Women", ["women"]),
        new("older-persons", "Older persons", ["elderly"]),
    ];

    public static Summary Summary()
    {
        Section[] sections =
        [
            new("II", "Promotion and protection of human rights on the ground", null, SectionLevel.Part, 1),
            new("II.B", "Implementation of international human rights obligations", "II", SectionLevel.Lettered, 2),
            new("II.B.2", "Right to life, liberty and security of the person", "II.B", SectionLevel.Numbered, 3),
            new("II.B.7", "Right to education", "II.B", SectionLevel.Numbered, 20),
        ];
        Paragraph[] paragraphs =
        [
            new(14, "II.B.2", "WCADP urged Kazakhstan to abolish the death penalty.", [], 4),
            new(21, "II.B.2", "JS4 recommended protecting women and children from violence.", [], 10),
            new(46, "II.B.7", "BF noted limits on religious education of children.", [], 21),
        ];
        return new Summary("Kazakhstan", DocumentInfo.Empty, sections, paragraphs,
            [new("WCADP", "World Coalition against the Death Penalty", [14]), new("JS4", null, [21]), new("BF", "The Becket Fund", [46])],
            [
                new(14, ["WCADP"], "urged", StatementKind.Recommendation, paragraphs[0].Text, [], []),
                new(21, ["JS4"], "recommended", StatementKind.Recommendation, paragraphs[1].Text, [], ["women", "children"]),
                new(46, ["BF"], "noted", StatementKind.Concern, paragraphs[2].Text, [], ["children"]),
            ],
            [
                new("R14.1", 14, "II.B.2", ["WCADP"], "urged", "Kazakhstan", "abolish the death penalty", [], [], ActionCategory.Specific),
                new("R21.1", 21, "II.B.2", ["JS4"], "recommended", "Kazakhstan", "protect women and children from violence", [], ["women", "children"], ActionCategory.General),
            ],
            []);
    }
}
