using ReportForge.Core.Model;

namespace ReportForge.Core.Enrichment;

/// <summary>Who said a clause and with which verb: "JS2 and ICJ noted", "According to JS3,", "It noted".</summary>
/// <param name="Codes">The stakeholders; empty for a pronoun ("It", "They"), which carries over the last ones.</param>
/// <param name="Verb">The reporting verb as written ("expressed concern"), or "according to".</param>
/// <param name="Kind">What the verb makes of the clause.</param>
/// <param name="SubjectStart">Where the subject begins in the text.</param>
/// <param name="VerbEnd">Just past the verb.</param>
/// <param name="Uncertain">Codes that only looked like codes (no definition, no known name).</param>
internal sealed record Attribution(
    IReadOnlyList<string> Codes,
    string Verb,
    StatementKind Kind,
    int SubjectStart,
    int VerbEnd,
    IReadOnlyList<string> Uncertain)
{
    /// <summary>"Several submissions", "It was recommended": the source is in the footnote, if anywhere.</summary>
    public bool IsUnnamed { get; init; }

    public bool IsPronoun => Codes.Count == 0 && !IsUnnamed;
}
