using ReportForge.Core.Model;

namespace ReportForge.Core.Enrichment;

/// <summary>
/// Turns a paragraph into statements (one per clause with its own reporting verb) and the asks among
/// them. A sentence without a subject of its own carries on the last one ("It noted", "They noted",
/// or simply the next sentence of the same submission).
/// </summary>
/// <param name="notes">What the endnotes say of a footnote: the submissions it cites, the places it points to.</param>
internal sealed class StatementExtractor(AttributionParser attributions, GroupTagger groups, string country, INoteIndex notes)
{
    private readonly IReadOnlyList<string> _stateNames = UnnamedSources.NamesOf(country);

    /// <summary>Codes read as stakeholders that nothing names, with the paragraph that first used them.</summary>
    public Dictionary<string, int> Uncertain { get; } = new(StringComparer.Ordinal);

    /// <param name="speaker">Who speaks where a sentence names nobody: the institution, in its own part.</param>
    public (List<Statement> Statements, List<Recommendation> Recommendations) Extract(ParagraphText paragraph, IReadOnlyList<string>? speaker = null)
    {
        var statements = new List<Statement>();
        var asks = new List<Recommendation>();
        var text = paragraph.Text;
        var starts = SentenceSplitter.Starts(text);
        var lastCodes = speaker;
        (string Verb, StatementKind Kind)? last = null;
        for (var s = 0; s < starts.Count; s++)
        {
            var start = starts[s];
            var end = s + 1 < starts.Count ? starts[s + 1] : text.Length;
            var attribution = attributions.Parse(text, start, end, paragraph.Definitions)
                ?? UnnamedSources.Parse(text, start, end, _stateNames);
            IReadOnlyList<string>? codes = attribution switch
            {
                { IsUnnamed: true } => SourcesOf(paragraph.FootnotesIn(start, end)),
                { IsPronoun: false } => Resolve(attribution.Codes, paragraph),
                _ => lastCodes,
            };
            if (codes is null) continue;
            if (attribution is not null)
                foreach (var code in attribution.Uncertain) Uncertain.TryAdd(code, paragraph.Paragraph.Number);
            var clauses = Clauses(text, start, end, attribution, last);
            foreach (var clause in clauses)
            {
                var clauseText = text.AsSpan(clause.Start, clause.End - clause.Start).Trim().ToString();
                var kind = KindOf(clause.Verb, clause.Kind, clauseText);
                var footnotes = paragraph.FootnotesIn(clause.Start, clause.End);
                // An assessment of the previous review is its own kind, unless it also asks something.
                var implementation = kind == StatementKind.Recommendation ? null : PreviousReviewAssessment.Of(clauseText);
                if (implementation is not null) kind = StatementKind.Assessment;
                var pointers = footnotes.SelectMany(notes.Pointers).Distinct().ToList();
                statements.Add(new Statement(paragraph.Paragraph.Number, codes, clause.Verb, kind, clauseText, footnotes, groups.Tag(clauseText))
                {
                    Implementation = implementation,
                    Pointers = pointers,
                });
                if (kind == StatementKind.Recommendation && clause.VerbEnd > clause.Start)
                    asks.Add(Ask(paragraph, codes, clause.Verb, text.AsSpan(clause.VerbEnd, clause.End - clause.VerbEnd), footnotes, asks.Count + 1)
                        with { Pointers = pointers });
                last = (clause.Verb, kind is StatementKind.Recommendation or StatementKind.Assessment ? StatementKind.Observation : kind);
            }
            lastCodes = codes;
        }
        return (statements, asks);
    }

    /// <summary>The submissions a sentence's footnotes cite, or the unnamed source when they name none.</summary>
    private IReadOnlyList<string> SourcesOf(IReadOnlyList<int> footnotes)
    {
        var codes = footnotes.SelectMany(notes.Sources).Distinct(StringComparer.Ordinal).ToList();
        return codes.Count > 0 ? codes : [UnnamedSources.Code];
    }

    /// <summary>Paragraphs where "Joint Submission (JS)" gave no number and was read as JS1.</summary>
    public List<int> BareJointSubmissions { get; } = [];

    /// <summary>"Joint Submission (JS)1 recommended…": the copy lost the number; the first joint submission is meant.</summary>
    private IReadOnlyList<string> Resolve(IReadOnlyList<string> codes, ParagraphText paragraph)
    {
        if (!codes.Contains("JS")) return codes;
        BareJointSubmissions.Add(paragraph.Paragraph.Number);
        return codes.Select(c => c == "JS" ? "JS1" : c).Distinct().ToList();
    }

    private Recommendation Ask(ParagraphText paragraph, IReadOnlyList<string> codes, string verb, ReadOnlySpan<char> afterVerb,
        IReadOnlyList<int> footnotes, int index)
    {
        var ask = AskText.From(afterVerb, country);
        var number = paragraph.Paragraph.Number;
        return new Recommendation(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"R{number}.{index}"),
            number, paragraph.Paragraph.SectionId, codes, verb, RecommendationTarget.Of(ask, country), ask, footnotes,
            groups.Tag(ask), ActionCategories.Of(ask));
    }

    /// <summary>"supported the recommendations of the Committee…" endorses an ask; "supported" alone does not.</summary>
    /// <remarks>"… stated that the State should adopt…", "… must be repealed": what should be done is an ask, whatever the verb.</remarks>
    private StatementKind KindOf(string verb, StatementKind kind, string clause) =>
        ReportingVerbs.IsEndorsement(verb)
            ? clause.Contains("recommendation", StringComparison.OrdinalIgnoreCase) ? StatementKind.Recommendation : StatementKind.Positive
            : kind is StatementKind.Observation or StatementKind.Concern && ShouldClause.AsksTheState(clause, country) ? StatementKind.Recommendation
            : kind;

    private readonly record struct Clause(int Start, int End, string Verb, StatementKind Kind, int VerbEnd);

    private static List<Clause> Clauses(string text, int start, int end, Attribution? attribution, (string Verb, StatementKind Kind)? last)
    {
        if (attribution is null)
            return last is { } carried ? [new Clause(start, end, carried.Verb, carried.Kind, -1)] : [];
        var clauses = new List<Clause>();
        var (clauseStart, verb, kind, verbEnd) = (start, attribution.Verb, attribution.Kind, attribution.VerbEnd);
        foreach (var next in AttributionParser.FollowingVerbs(text, attribution.VerbEnd, end))
        {
            clauses.Add(new Clause(clauseStart, next.ClauseStart, verb, kind, verbEnd));
            (clauseStart, verb, kind, verbEnd) = next;
        }
        clauses.Add(new Clause(clauseStart, end, verb, kind, verbEnd));
        return clauses;
    }
}
