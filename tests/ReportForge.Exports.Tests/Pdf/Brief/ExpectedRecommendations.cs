using System.Text.Json;

namespace ReportForge.Exports.Tests.Pdf.Brief;

/// <summary>The 45 hand-checked recommendations of the sample (<c>Fixtures/kazakhstan-2010/expected.json</c>).</summary>
internal sealed record ExpectedRecommendation(int Paragraph, List<string> Stakeholders, string Verb, string Phrase)
{
    private static readonly Lazy<IReadOnlyList<ExpectedRecommendation>> Kazakhstan = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "kazakhstan-2010", "expected.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("recommendations").Deserialize<List<ExpectedRecommendation>>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    });

    public static IReadOnlyList<ExpectedRecommendation> Kazakhstan2010 => Kazakhstan.Value;

    public override string ToString() => $"¶{Paragraph} {string.Join("+", Stakeholders)} {Verb} “{Phrase}”";
}
