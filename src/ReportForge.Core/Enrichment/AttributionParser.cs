using ReportForge.Core.Model;

namespace ReportForge.Core.Enrichment;

/// <summary>
/// Reads the subject and reporting verb of a sentence, the way summaries attribute them:
/// "JS1 noted", "WCADP and AI drew attention", "Freedom House (FH) and Human Rights Watch (HRW)
/// recommended", "According to JS3, …", "Further, JS2 recommended", "EAJCW, while sharing this
/// view, stated", "It noted" / "They noted".
/// </summary>
internal sealed class AttributionParser(StakeholderDirectory directory)
{
    private const int MaxAside = 80;

    /// <summary>The attribution of the sentence <c>text[start..end]</c>, if it has one.</summary>
    public Attribution? Parse(string text, int start, int end, IReadOnlyList<StakeholderDefinition> definitions)
    {
        if (TryAccordingTo(text, start, end, definitions) is { } according) return according;
        if (TrySubject(text, start, end, definitions, allowPronoun: true) is { } direct) return direct;
        // "In this connection, PRI-Central Asia recommended…", "While welcoming …, HRW stated…"
        for (var comma = text.IndexOf(", ", start, end - start, StringComparison.Ordinal); comma >= 0;
             comma = text.IndexOf(", ", comma + 2, end - comma - 2, StringComparison.Ordinal))
        {
            if (comma + 2 < end && char.IsUpper(text[comma + 2])
                && TrySubject(text, comma + 2, end, definitions, allowPronoun: false) is { } later)
                return later;
            // "However, they were concerned…", "Further, it recommended…": one opening word, then the pronoun.
            if (comma + 2 < end && text.IndexOf(' ', start, comma - start) < 0
                && (Words.At(text, comma + 2, "it") || Words.At(text, comma + 2, "they"))
                && TrySubject(text, comma + 2, end, definitions, allowPronoun: true) is { } pronoun)
                return pronoun;
            if (comma + 2 >= end) break;
        }
        return null;
    }

    /// <summary>Other reporting verbs of the same subject later in the sentence: "… and recommended amendment of the law".</summary>
    public static IEnumerable<(int ClauseStart, string Verb, StatementKind Kind, int VerbEnd)> FollowingVerbs(string text, int from, int end)
    {
        for (var and = text.IndexOf(" and ", from, end - from, StringComparison.Ordinal); and >= 0;
             and = and + 5 < end ? text.IndexOf(" and ", and + 5, end - and - 5, StringComparison.Ordinal) : -1)
        {
            var at = Adverbs.Skip(text, and + 5);
            if (at >= end || !ReportingVerbs.TryMatch(text, at, out var verb, out var kind) || !ReportingVerbs.CanJoinClauses(verb))
                continue;
            yield return (and + 1, ReportingVerbs.AsWritten(verb), kind, at + verb.Length);
        }
    }

    private Attribution? TryAccordingTo(string text, int start, int end, IReadOnlyList<StakeholderDefinition> definitions)
    {
        const string according = "According to ";
        if (!text.AsSpan(start).StartsWith(according, StringComparison.Ordinal)) return null;
        var (codes, uncertain, at) = ReadSubjects(text, start + according.Length, end, definitions);
        if (codes.Count == 0 || at >= end || text[at] != ',') return null;
        return new Attribution(codes, "according to", StatementKind.Observation, start, at, uncertain);
    }

    private Attribution? TrySubject(string text, int start, int end, IReadOnlyList<StakeholderDefinition> definitions, bool allowPronoun)
    {
        var at = start;
        List<string> codes;
        List<string> uncertain;
        if (allowPronoun && (Words.At(text, at, "It") || Words.At(text, at, "They") || Words.At(text, at, "it") || Words.At(text, at, "they")))
        {
            codes = [];
            uncertain = [];
            at += text[at] is 'I' or 'i' ? 2 : 4;
        }
        else
        {
            (codes, uncertain, at) = ReadSubjects(text, at, end, definitions);
            if (codes.Count == 0) return null;
        }
        var verbAt = Adverbs.Skip(text, at);
        if (verbAt < end && ReportingVerbs.TryMatch(text, verbAt, out var verb, out var kind))
            return new Attribution(codes, ReportingVerbs.AsWritten(verb), kind, start, verbAt + verb.Length, uncertain);
        // "EAJCW, while sharing this view, stated, however, that…"
        if (at < end && text[at] == ',')
        {
            var close = text.IndexOf(',', at + 1, Math.Min(MaxAside, end - at - 1));
            if (close > 0)
            {
                verbAt = Adverbs.Skip(text, close + 1);
                if (verbAt < end && ReportingVerbs.TryMatch(text, verbAt, out verb, out kind))
                    return new Attribution(codes, ReportingVerbs.AsWritten(verb), kind, start, verbAt + verb.Length, uncertain);
            }
        }
        return null;
    }

    /// <summary>"X", "X and Y", "X, Y and Z".</summary>
    private (List<string> Codes, List<string> Uncertain, int End) ReadSubjects(
        string text, int at, int end, IReadOnlyList<StakeholderDefinition> definitions)
    {
        var codes = new List<string>();
        var uncertain = new List<string>();
        while (at < end && directory.TryRead(text, at, definitions, out var code, out var after, out var certain))
        {
            if (!codes.Contains(code)) codes.Add(code);
            if (!certain) uncertain.Add(code);
            at = after;
            var next = Words.SkipSpaces(text, at);
            var joined = false;
            if (next < end && text[next] == ',') (next, joined) = (Words.SkipSpaces(text, next + 1), true);
            if (Words.At(text, next, "and")) (next, joined) = (Words.SkipSpaces(text, next + 3), true);
            if (!joined || next >= end || !directory.TryRead(text, next, definitions, out _, out _, out _)) break;
            at = next;
        }
        return (codes, uncertain, at);
    }
}
