using System.Security.Cryptography;
using ReportForge.Core;
using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Jobs.Tests.Fakes;

/// <summary>
/// Stands in for the summary parser: any text in which someone "recommended" something (as in every summary) becomes the same small
/// three-theme summary (so the shipped profiles select something); any other text is refused with
/// the file name and line, as the parser refuses it.
/// </summary>
internal static class FakeSummaries
{
    public const string Marker = "recommended";

    public static SourceDocument Load(string file, string sourceId)
    {
        var bytes = File.ReadAllBytes(file);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        if (!text.Contains(Marker, StringComparison.OrdinalIgnoreCase))
            throw new InputException(Path.GetFileName(file), 1, 1, "this is not a summary of stakeholders' information");
        var descriptor = new SourceDescriptor(sourceId, Path.GetFileName(file), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        return new SourceDocument(descriptor, Path.GetFullPath(file), Summary());
    }

    public static string Text(string extra = "") =>
        "I. BACKGROUND AND FRAMEWORK\nA. Scope of international obligations\n1.\nJS1 recommended the ratification of ICCPR-OP 2.1\n" + extra;

    private static Summary Summary()
    {
        Section[] sections =
        [
            new("II", "Promotion and protection of human rights on the ground", null, SectionLevel.Part, 1),
            new("II.B", "Implementation of international human rights obligations", "II", SectionLevel.Lettered, 2),
            new("II.B.1", "Equality and non-discrimination", "II.B", SectionLevel.Numbered, 3),
            new("II.B.2", "Right to life, liberty and security of the person", "II.B", SectionLevel.Numbered, 6),
            new("II.B.3", "Administration of justice", "II.B", SectionLevel.Numbered, 9),
        ];
        Paragraph[] paragraphs =
        [
            new(1, "II.B.1", "JS1 noted discrimination against children with disabilities.", [new FootnoteMarker(1, 3, 4, 4)], 4),
            new(2, "II.B.2", "AI expressed concern at torture in pre-trial detention.", [new FootnoteMarker(2, 2, 7, 3)], 7),
            new(3, "II.B.3", "HRW recommended an independent judiciary.", [new FootnoteMarker(3, 3, 10, 4)], 10),
        ];
        return new Summary(
            "Kazakhstan",
            DocumentInfo.Empty,
            sections,
            paragraphs,
            [new Stakeholder("JS1", null, [1]), new Stakeholder("AI", "Amnesty International", [2]), new Stakeholder("HRW", "Human Rights Watch", [3])],
            [
                new Statement(1, ["JS1"], "noted", StatementKind.Observation, paragraphs[0].Text, [1], ["children"]),
                new Statement(2, ["AI"], "expressed concern", StatementKind.Concern, paragraphs[1].Text, [2], []),
                new Statement(3, ["HRW"], "recommended", StatementKind.Recommendation, paragraphs[2].Text, [3], []),
            ],
            [new Recommendation("R3.1", 3, "II.B.3", ["HRW"], "recommended", "Kazakhstan", "an independent judiciary", [3], [], ActionCategory.Specific)],
            []);
    }
}
