using System.Text.Json;
using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Pipeline;
using ReportForge.Exports.Tests.Support;
using ReportForge.Exports.Word;

namespace ReportForge.Exports.Tests.Word;

/// <summary>The built-in Kazakhstan 2010 sample, parsed once and rendered into its full-profile Word briefs.</summary>
public sealed class WordSampleBriefs
{
    public WordSampleBriefs()
    {
        Templates = SampleBriefs.Templates;
        Content = SampleBriefs.Content("full");
        Renderer = new WordBriefRenderer(Templates);
        Plans = Renderer.Plan(Content).ToList();
        Briefs = Plans.ToDictionary(p => p.Theme!, p => WordBriefFile.RenderBytes(Renderer, p, Content));
        Expected = JsonSerializer.Deserialize<WordExpectedSummary>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "kazakhstan-2010", "expected.json")),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    public TemplateSet Templates { get; }
    public BriefContent Content { get; }
    public WordBriefRenderer Renderer { get; }
    public IReadOnlyList<ArtifactPlan> Plans { get; }
    /// <summary>The rendered bytes by theme (section id).</summary>
    public IReadOnlyDictionary<string, byte[]> Briefs { get; }
    public WordExpectedSummary Expected { get; }
}

/// <summary>The parts of <c>expected.json</c> the Word tests check against.</summary>
public sealed record WordExpectedSummary(List<WordExpectedParagraph> Paragraphs, List<WordExpectedRecommendation> Recommendations)
{
    /// <summary>"Phrases … are matched case-insensitively after normalising dashes and quotes."</summary>
    public static string Normalise(string text) => text
        .Replace('–', '-').Replace('—', '-').Replace('‑', '-')
        .Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\'')
        .ToLowerInvariant();

    public string SectionOf(int paragraph) => Paragraphs.Single(p => p.Number == paragraph).Section;
}

public sealed record WordExpectedParagraph(int Number, string Section);

public sealed record WordExpectedRecommendation(int Paragraph, List<string> Stakeholders, string Phrase)
{
    public override string ToString() => $"¶{Paragraph} {string.Join("+", Stakeholders)} “{Phrase}”";
}
