using System.Text.Json;

namespace ReportForge.Core.Tests.Fixtures;

/// <summary>The hand-checked structure of the sample (<c>Fixtures/kazakhstan-2010/expected.json</c>).</summary>
internal sealed record ExpectedSummary(
    int ParagraphCount,
    int FootnoteCount,
    List<ExpectedSection> Sections,
    List<ExpectedParagraph> Paragraphs,
    List<ExpectedStakeholder> Stakeholders,
    List<ExpectedRecommendation> Recommendations)
{
    private static readonly Lazy<ExpectedSummary> Kazakhstan = new(() =>
        JsonSerializer.Deserialize<ExpectedSummary>(
            File.ReadAllText(TestData.PathOf("Fixtures/kazakhstan-2010/expected.json")),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!);

    public static ExpectedSummary Kazakhstan2010 => Kazakhstan.Value;

    /// <summary>"Phrases … are matched case-insensitively after normalising dashes and quotes."</summary>
    public static string Normalise(string text) => text
        .Replace('–', '-').Replace('—', '-').Replace('‑', '-')
        .Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\'')
        .ToLowerInvariant();
}

internal sealed record ExpectedSection(string Id, string Title);

internal sealed record ExpectedParagraph(int Number, string Section, List<int> Footnotes);

internal sealed record ExpectedStakeholder(string Abbreviation, string? Name);

internal sealed record ExpectedRecommendation(int Paragraph, List<string> Stakeholders, string Verb, string Phrase, string? Note)
{
    public override string ToString() => $"¶{Paragraph} {string.Join("+", Stakeholders)} {Verb} “{Phrase}”";
}
