using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportForge.Matching.Advocacy;

/// <summary>
/// The published JSON of <c>reportforge match --json</c>: <c>{"asks": [{"id", "paragraph", "text", "stakeholders",
/// "matches": [{"text", "states", "response", "session", "score", "terms"}]}]}</c>, matches best first.
/// </summary>
public static class MatchJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record MatchContract(string Text, IReadOnlyList<string> States, string Response, int? Session, double Score, IReadOnlyList<string> Terms);
    public sealed record AskContract(string Id, int Paragraph, string Text, IReadOnlyList<string> Stakeholders, IReadOnlyList<MatchContract> Matches);
    public sealed record ReportContract(IReadOnlyList<AskContract> Asks);

    public static string Serialize(MatchReport report) => JsonSerializer.Serialize(ToContract(report), Options);

    public static ReportContract ToContract(MatchReport report) => new(report.Asks
        .Select(a => new AskContract(a.Ask.Id, a.Ask.Paragraph, a.Ask.Text, a.Ask.Stakeholders, a.Matches
            .Select(m => new MatchContract(m.Text, m.States, m.Recommendation.ResponseLabel, m.Session, m.Score, m.Terms))
            .ToList()))
        .ToList());
}
