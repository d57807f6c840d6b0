using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Exports.Tests.Pipeline;

/// <summary>A two-theme summary built by hand, so pipeline tests do not depend on the parser.</summary>
internal static class PipelineFixtures
{
    public static TemplateSet Templates { get; } = TemplateSet.Open(Path.Combine(AppContext.BaseDirectory, "templates"));

    public static Summary Summary()
    {
        Section[] sections =
        [
            new("I", "Background and framework", null, SectionLevel.Part, 1),
            new("I.A", "Scope of international obligations", "I", SectionLevel.Lettered, 2),
            new("I.B", "Constitutional and legislative framework", "I", SectionLevel.Lettered, 8),
        ];
        Paragraph[] paragraphs =
        [
            new(1, "I.A", "JS1 recommended the ratification of ICCPR-OP 2.", [new FootnoteMarker(1, 46, 4, 50)], 3),
            new(2, "I.B", "AI noted that the courts did not apply treaties.", [new FootnoteMarker(2, 48, 10, 60)], 9),
        ];
        return new Summary(
            "Kazakhstan",
            DocumentInfo.Empty,
            sections,
            paragraphs,
            [new Stakeholder("JS1", null, [1]), new Stakeholder("AI", "Amnesty International", [2])],
            [
                new Statement(1, ["JS1"], "recommended", StatementKind.Recommendation, paragraphs[0].Text, [1], []),
                new Statement(2, ["AI"], "noted", StatementKind.Observation, paragraphs[1].Text, [2], []),
            ],
            [new Recommendation("R1.1", 1, "I.A", ["JS1"], "recommended", "Kazakhstan", "the ratification of ICCPR-OP 2", [1], [], ActionCategory.Specific)],
            []);
    }

    public static SourceDocument Source(string sha = "0123abcd") =>
        new(new SourceDescriptor("test-source", "test-source.txt", sha), "/nowhere/test-source.txt", Summary());

    public static ExportRequest Request(string outputRoot, bool force = false) =>
        new() { OutputRoot = outputRoot, Profiles = ["full"], Force = force };
}

/// <summary>Writes one small text file per theme; throws for the path it is told to.</summary>
internal sealed class FakeRenderer(string? failOn = null) : IArtifactRenderer
{
    public int Calls;

    public ArtifactKind Kind => ArtifactKind.WordBrief;

    public IEnumerable<ArtifactPlan> Plan(BriefContent content) =>
        content.Themes.Select(t => new ArtifactPlan(Kind, $"{content.Profile.Name}/fake/{t.Section.Slug}.txt", content.Profile.Name, t.Section.Id));

    public int? Render(ArtifactPlan plan, BriefContent content, Stream output, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        using (var writer = new StreamWriter(output, leaveOpen: true))
            writer.Write($"{plan.Theme} of {content.Summary.Country} from {content.Source.Sha256}");
        if (plan.RelativePath.Contains(failOn ?? "\0", StringComparison.Ordinal))
            throw new InvalidOperationException("renderer failed on purpose");
        return 1;
    }
}

/// <summary>A fresh folder under the system temp folder, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("reportforge-tests-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
