using System.Globalization;

namespace ReportForge.Core.Model;

/// <summary>A recommendation States made at an earlier review that is similar to a stakeholder's ask.</summary>
/// <param name="Text">Its wording.</param>
/// <param name="States">The recommending States.</param>
/// <param name="Response">"supported" or "noted".</param>
/// <param name="Session">The Working Group session, when known.</param>
/// <param name="Year">The year of that session, when known.</param>
/// <param name="Score">How similar, 0–1.</param>
/// <param name="Terms">The words ask and recommendation share: the reason for the match.</param>
public sealed record EarlierRecommendation(
    string Text,
    IReadOnlyList<string> States,
    string Response,
    int? Session,
    int? Year,
    double Score,
    IReadOnlyList<string> Terms)
{
    /// <summary>"Germany, Norway (2014, supported)".</summary>
    public string Label => $"{string.Join(", ", States)} ({(Year is { } y ? y.ToString(CultureInfo.InvariantCulture) + ", " : "")}{Response})";

    /// <summary>"Germany, Norway (session 20, 2014, supported)".</summary>
    public string LongLabel =>
        $"{string.Join(", ", States)} ({(Session is { } s ? "session " + s.ToString(CultureInfo.InvariantCulture) + ", " : "")}" +
        $"{(Year is { } y ? y.ToString(CultureInfo.InvariantCulture) + ", " : "")}{Response})";
}
