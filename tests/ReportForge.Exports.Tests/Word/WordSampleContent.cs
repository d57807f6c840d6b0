using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;

namespace ReportForge.Exports.Tests.Word;

/// <summary>A small hand-built summary shaped like the Kazakhstan 2010 one, for tests that need no parser.</summary>
internal static class WordSampleContent
{
    public static readonly DocumentInfo Cover = new("A/HRC/WG.6/7/KAZ/3", "Seventh session", "23 November 2009", null);

    public static readonly IReadOnlyList<AffectedGroup> Groups =
    [
        new("women", "Women", ["women"]),
        new("persons-with-disabilities", "Persons with disabilities", ["disabilities"]),
        new("persons-deprived-of-liberty", "Persons deprived of liberty", ["detention"]),
    ];

    public static readonly SourceDescriptor Source = new("kazakhstan-2010", "kazakhstan-2010.txt", new string('a', 64));

    public static Summary Summary(DocumentInfo? document = null) => new(
        "Kazakhstan",
        document ?? Cover,
        [
            new Section("I", "Background and framework", null, SectionLevel.Part, 1),
            new Section("I.A", "Scope of international obligations", "I", SectionLevel.Lettered, 2),
            new Section("II", "Promotion and protection of human rights on the ground", null, SectionLevel.Part, 10),
            new Section("II.B", "Implementation of international human rights obligations", "II", SectionLevel.Lettered, 11),
            new Section("II.B.1", "Equality and non-discrimination", "II.B", SectionLevel.Numbered, 12),
            new Section("II.B.2", "Right to life, liberty and security of the person", "II.B", SectionLevel.Numbered, 20),
        ],
        [
            new Paragraph(1, "I.A", "JS3 urged Kazakhstan to ratify the CRPD and OP-CRPD at the earliest opportunity.", [new FootnoteMarker(3, 80, 4, 60)], 3),
            new Paragraph(10, "II.B.1", "JS1 indicated …", [new FootnoteMarker(14, 10, 13, 5), new FootnoteMarker(15, 20, 14, 5), new FootnoteMarker(16, 30, 15, 5)], 13),
            new Paragraph(11, "II.B.1", "AI welcomed …", [new FootnoteMarker(18, 10, 17, 5)], 17),
            new Paragraph(13, "II.B.2", "PRI expressed concern …", [new FootnoteMarker(21, 10, 21, 5), new FootnoteMarker(22, 20, 22, 5)], 21),
        ],
        [
            new Stakeholder("JS1", "Joint Submission 1", [10, 11]),
            new Stakeholder("JS3", null, [1]),
            new Stakeholder("AI", "Amnesty International", [11]),
            new Stakeholder("PRI", "Penal Reform International", [13]),
        ],
        [
            new Statement(1, ["JS3"], "urged", StatementKind.Recommendation,
                "JS3 urged Kazakhstan to ratify the CRPD and OP-CRPD at the earliest opportunity.", [3], ["persons-with-disabilities"]),
            new Statement(10, ["JS1"], "indicated", StatementKind.Observation,
                "JS1 indicated that despite the formal efforts, the position of women in Kazakhstan was in need of real support.", [14], ["women"]),
            new Statement(10, ["JS1"], "noted", StatementKind.Concern,
                "JS1 noted that women\u0001 were paid 61 per cent\uFFFF of what men were paid.", [15], ["women"]),
            new Statement(10, ["JS1"], "recommended", StatementKind.Recommendation,
                "JS1 recommended that the Law “On Equal Rights and Possibilities for Women and Men” be adopted.", [16], ["women"]),
            new Statement(11, ["AI"], "welcomed", StatementKind.Positive,
                "AI welcomed the adoption of the Law on Prevention of Domestic Violence in 2009.", [18], ["women"]),
            new Statement(13, ["PRI"], "expressed concern", StatementKind.Concern,
                "PRI expressed concern about the conditions of detention in temporary holding facilities", [21], ["persons-deprived-of-liberty"]),
            new Statement(13, ["PRI", "AI"], "called upon", StatementKind.Recommendation,
                "PRI and AI called upon the Human Rights Council to follow up on conditions of detention.", [22], ["persons-deprived-of-liberty"]),
        ],
        [
            new Recommendation("R1.1", 1, "I.A", ["JS3"], "urged", "Kazakhstan",
                "ratify the CRPD and OP-CRPD at the earliest opportunity", [3], ["persons-with-disabilities"], ActionCategory.Specific),
            new Recommendation("R10.1", 10, "II.B.1", ["JS1"], "recommended", "Kazakhstan",
                "adopt the Law “On Equal Rights and Possibilities for Women and Men”", [16], ["women"], ActionCategory.Specific),
            new Recommendation("R13.1", 13, "II.B.2", ["PRI", "AI"], "called upon", "the Human Rights Council",
                "follow up on conditions of detention in temporary holding facilities", [22], ["persons-deprived-of-liberty"], ActionCategory.General),
        ],
        []);

    public static BriefContent Content(BriefProfile? profile = null, DocumentInfo? document = null) =>
        BriefSelector.Select(Summary(document), Source, profile ?? BriefProfile.Full, Groups);

    /// <summary>The equality theme: observations, a concern, a positive development and one ask.</summary>
    public const string EqualityTheme = "II.B.1";
}
