using ReportForge.Core.Model;

namespace ReportForge.Core.Enrichment;

/// <summary>
/// The verbs summaries use to report what a stakeholder said ("JS1 noted", "AI expressed concern",
/// "HRW urged"), longest phrases first, with the kind of statement each makes.
/// </summary>
internal static class ReportingVerbs
{
    private static readonly (string Phrase, StatementKind Kind)[] Phrases = Build(
        (StatementKind.Concern,
        [
            "expressed its concern", "expressed concerns", "expressed concern", "expressed deep concern",
            "raised concerns", "raised concern", "voiced concern", "regretted", "deplored", "condemned",
            "criticized", "criticised", "denounced", "lamented", "was concerned", "were concerned",
            "was also concerned", "were also concerned", "was further concerned", "were further concerned",
            "was particularly concerned", "were particularly concerned", "was deeply concerned", "were deeply concerned",
            "remained concerned",
            "expressed alarm", "expressed regret",
        ]),
        (StatementKind.Positive,
        [
            "welcomed", "commended", "praised", "applauded", "appreciated", "noted with appreciation",
            "noted with satisfaction", "noted positive", "acknowledged", "recognized", "recognised",
        ]),
        (StatementKind.Recommendation,
        [
            "recommended", "urged", "called upon", "called on", "called for", "encouraged", "proposed", "appealed",
            "requested", "asked", "invited", "suggested", "supported", "endorsed", "reiterated its recommendation",
            "reiterated its recommendations", "made recommendations", "provided recommendations",
        ]),
        (StatementKind.Observation,
        [
            "noted", "reported", "stated", "indicated", "highlighted", "drew attention", "observed", "added",
            "said", "asserted", "emphasized", "emphasised", "stressed", "underlined", "pointed out", "mentioned",
            "claimed", "alleged", "explained", "found", "considered", "believed", "informed", "recalled",
            "referred", "quoted", "described", "documented", "cited", "concluded", "affirmed", "argued",
            "maintained", "remarked", "underscored", "questioned", "shared", "echoed", "submitted", "wrote",
            "declared", "insisted", "contended", "revealed", "specified", "identified", "warned", "took note",
            "reiterated", "reaffirmed",
        ]));

    private static readonly Dictionary<char, (string Phrase, StatementKind Kind)[]> ByFirstLetter =
        Phrases.GroupBy(p => p.Phrase[0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly HashSet<string> AskVerbs = new(StringComparer.Ordinal)
    {
        "recommended", "urged", "called upon", "called on", "called for", "encouraged", "proposed", "appealed",
        "requested", "asked", "invited", "suggested", "reiterated its recommendation", "reiterated its recommendations",
        "made recommendations", "provided recommendations",
    };

    /// <summary>Participles that would split "… were found guilty and considered …" wrongly.</summary>
    private static readonly HashSet<string> NotJoining = new(StringComparer.Ordinal)
    {
        "found", "considered", "believed", "described", "informed", "recognized", "recognised", "acknowledged",
        "shared", "cited", "maintained", "declared", "identified", "submitted", "revealed", "specified",
        "documented", "questioned", "concluded", "affirmed", "was concerned", "were concerned", "referred",
        "was also concerned", "were also concerned", "was further concerned", "were further concerned",
        "was particularly concerned", "were particularly concerned", "was deeply concerned", "were deeply concerned",
        "remained concerned",
    };

    /// <summary>Whether "… and VERB" starts a new clause of the same subject ("and recommended amendment of the law").</summary>
    public static bool CanJoinClauses(string phrase) => !NotJoining.Contains(phrase);

    /// <summary>The reporting verb phrase at <paramref name="at"/>, if any (whole words).</summary>
    public static bool TryMatch(string text, int at, out string phrase, out StatementKind kind)
    {
        phrase = "";
        kind = StatementKind.Observation;
        if (at >= text.Length || !ByFirstLetter.TryGetValue(text[at], out var candidates)) return false;
        foreach (var (candidate, k) in candidates)
        {
            if (!Words.At(text, at, candidate)) continue;
            phrase = candidate;
            kind = k;
            return true;
        }
        return false;
    }

    /// <summary>The verb itself: "noted positive measures" and "noted with appreciation" are positive, but the verb is "noted".</summary>
    public static string AsWritten(string phrase) =>
        phrase.StartsWith("noted ", StringComparison.Ordinal) ? "noted" : phrase;

    /// <summary>Verbs that make an ask by themselves ("urged Kazakhstan to…").</summary>
    public static bool IsAsk(string phrase) => AskVerbs.Contains(phrase);

    /// <summary>"supported the recommendations of the Committee…", "endorsed its recommendation".</summary>
    public static bool IsEndorsement(string phrase) => phrase is "supported" or "endorsed";

    private static (string, StatementKind)[] Build(params (StatementKind Kind, string[] Phrases)[] groups) =>
        groups.SelectMany(g => g.Phrases.Select(p => (p, g.Kind)))
            .OrderByDescending(p => p.p.Length)
            .ToArray();
}
