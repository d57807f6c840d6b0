using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;

namespace ReportForge.Exports.Tests.Excel;

/// <summary>Summaries built by hand for the matrix tests, so they do not depend on the parser.</summary>
internal static class ExcelTestContent
{
    public static readonly IReadOnlyList<AffectedGroup> Groups =
    [
        new("children", "Children", ["child"]),
        new("persons-deprived-of-liberty", "Persons deprived of liberty", ["detention"]),
    ];

    public static readonly SourceDescriptor Source = new("test-source", "test-source.txt", new string('a', 64));

    /// <summary>
    /// Two themes, three stakeholders, four asks: one joint (JS1 + AI), one about children,
    /// one whose text starts like a formula.
    /// </summary>
    public static Summary Summary(string? thirdAsk = null)
    {
        Section[] sections =
        [
            new("I", "Background and framework", null, SectionLevel.Part, 1),
            new("I.A", "Scope of international obligations", "I", SectionLevel.Lettered, 2),
            new("II", "Promotion and protection of human rights on the ground", null, SectionLevel.Part, 10),
            new("II.B", "Implementation of international human rights obligations", "II", SectionLevel.Lettered, 11),
            new("II.B.2", "Right to life, liberty and security of the person", "II.B", SectionLevel.Numbered, 12),
        ];
        Paragraph[] paragraphs =
        [
            new(1, "I.A", "JS1 recommended the ratification of ICCPR-OP 2.", [], 3),
            new(2, "II.B.2", "AI and JS1 urged Kazakhstan to end detention of children.", [], 13),
            new(3, "II.B.2", "HRW recommended that Kazakhstan =1+1.", [], 15),
        ];
        Recommendation[] asks =
        [
            new("R1.1", 1, "I.A", ["JS1"], "recommended", "Kazakhstan", "Ratify ICCPR-OP 2.", [2], [], ActionCategory.Specific),
            new("R2.1", 2, "II.B.2", ["AI", "JS1"], "urged", "Kazakhstan",
                "End the detention of children in closed institutions and establish alternative, community-based care for every child concerned.",
                [10, 11, 12], ["children", "persons-deprived-of-liberty"], ActionCategory.Specific),
            new("R3.1", 3, "II.B.2", ["HRW"], "recommended", "Kazakhstan", thirdAsk ?? "=1+1", [14], [], ActionCategory.General),
            new("R3.2", 3, "II.B.2", ["HRW"], "recommended", "the Human Rights Council", "Consider a follow-up visit.", [15], [], ActionCategory.Considering),
        ];
        return new Summary(
            "Kazakhstan",
            new DocumentInfo("A/HRC/WG.6/7/KAZ/3", "Seventh session", "30 November 2009", "Summary of stakeholders' information"),
            sections,
            paragraphs,
            [
                new Stakeholder("JS1", "Joint submission 1 & partners", [1, 2]),
                new Stakeholder("AI", "Amnesty International", [2]),
                new Stakeholder("HRW", "Human Rights Watch", [3]),
            ],
            [],
            asks,
            []);
    }

    public static BriefContent Content(BriefProfile? profile = null, string? thirdAsk = null) =>
        BriefSelector.Select(Summary(thirdAsk), Source, profile ?? BriefProfile.Full, Groups);

    /// <summary>
    /// <paramref name="count"/> asks spread over eight themes and twelve stakeholders, with texts
    /// of realistic lengths: the matrix of a long review cycle.
    /// </summary>
    public static BriefContent Synthetic(int count) => BriefSelector.Select(ExcelSyntheticSummary.Create(count), Source, BriefProfile.Full, Groups);
}
