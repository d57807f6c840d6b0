using ReportForge.Core.Model;

namespace ReportForge.Matching.Datasets;

/// <summary>What the State under review answered to a recommendation.</summary>
public enum StateResponse
{
    /// <summary>Supported (UPR Info: "Accepted").</summary>
    Supported,
    /// <summary>Noted (older documents: "Rejected", "Not accepted").</summary>
    Noted,
    /// <summary>No position given, or a general response.</summary>
    Unknown,
}

/// <summary>One recommendation made to a State at its review, by one or more recommending States.</summary>
/// <param name="Id">The paragraph number in the Working Group report (<c>115.3</c>), or the dataset row (<c>row 12</c>).</param>
/// <param name="Text">The recommendation's wording, without the recommending States.</param>
/// <param name="States">The recommending States, as the source names them.</param>
/// <param name="Response">Supported or noted.</param>
/// <param name="Country">The State under review.</param>
/// <param name="Session">The Working Group session, when the source gives it.</param>
/// <param name="Themes">Themes or issues (OHCHR theme names without their codes; UPR Info issues).</param>
/// <param name="AffectedPersons">Affected persons, when the source lists them.</param>
/// <param name="Action">UPR Info's 1–5 action category, when the source gives it.</param>
/// <param name="Source">Where it was read: "file.csv row 12".</param>
public sealed record StateRecommendation(
    string Id,
    string Text,
    IReadOnlyList<string> States,
    StateResponse Response,
    string Country,
    int? Session,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> AffectedPersons,
    ActionCategory? Action,
    string Source)
{
    /// <summary>The UPR cycle of <see cref="Session"/>.</summary>
    public int? Cycle => Session is { } s ? UprSessions.Cycle(s) : null;

    /// <summary>The year the session was held.</summary>
    public int? Year => Session is { } s ? UprSessions.Year(s) : null;

    /// <summary>"supported", "noted".</summary>
    public string ResponseLabel => Response switch
    {
        StateResponse.Supported => "supported",
        StateResponse.Noted => "noted",
        _ => "no position",
    };
}
