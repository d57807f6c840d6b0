using ReportForge.Core.Model;

namespace ReportForge.Core.Enrichment;

/// <summary>
/// Sentences whose source the summary names only in a footnote, if at all: "Several submissions
/// noted…", "A number of communications reported…", "Three submissions condemned…", the passive
/// "It was recommended that…", "Recommendations were made to the USA to…", "USA was recommended to…".
/// </summary>
internal static class UnnamedSources
{
    /// <summary>The code statements carry when neither the text nor a footnote names the submissions.</summary>
    public const string Code = "Unnamed submissions";

    /// <summary>What briefs call them.</summary>
    public const string Name = "Submissions the summary does not name";

    private static readonly string[] Quantifiers =
    [
        "Several", "A number of", "Many", "Some", "Other", "Various", "Numerous", "Most", "Few", "A few", "Two", "Three",
        "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "All", "Both",
    ];

    private static readonly string[] Sources =
    [
        "joint submissions", "submissions", "stakeholders", "communications", "organizations", "organisations",
        "contributors", "civil society organizations", "civil society organisations", "NGOs", "sources",
    ];

    /// <summary>How the text may name the State under review besides its name.</summary>
    public static IReadOnlyList<string> NamesOf(string country)
    {
        var initials = string.Concat(country.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
        return initials.Length > 1 ? [country, initials, "State", "Government"] : [country, "State", "Government"];
    }

    private static readonly string[] Passives =
    [
        "It was recommended", "It was also recommended", "It was further recommended", "Recommendations were made",
        "Recommendations were also made", "It was suggested", "It was proposed", "It was urged",
    ];

    /// <summary>The unnamed subject and its verb at <paramref name="start"/>, or null.</summary>
    /// <param name="stateNames">The State under review as the text may name it: "Denmark", "USA".</param>
    public static Attribution? Parse(string text, int start, int end, IReadOnlyList<string> stateNames)
    {
        foreach (var passive in Passives)
            if (Words.At(text, start, passive))
                return new Attribution([], "recommended", StatementKind.Recommendation, start, start + passive.Length, []) { IsUnnamed = true };
        if (StateWasRecommended(text, start, end, stateNames) is { } verbEnd)
            return new Attribution([], "recommended", StatementKind.Recommendation, start, verbEnd, []) { IsUnnamed = true };
        var at = start;
        if (Words.At(text, at, "The")) at = Words.SkipSpaces(text, at + 3);
        var quantifier = Quantifiers.FirstOrDefault(q => Words.At(text, at, q));
        if (quantifier is not null) at = Words.SkipSpaces(text, at + quantifier.Length);
        var source = Sources.FirstOrDefault(s => Words.At(text, at, s, StringComparison.OrdinalIgnoreCase));
        if (source is null) return null;
        var verbAt = Adverbs.Skip(text, at + source.Length);
        if (verbAt >= end || !ReportingVerbs.TryMatch(text, verbAt, out var verb, out var kind)) return null;
        return new Attribution([], ReportingVerbs.AsWritten(verb), kind, start, verbAt + verb.Length, []) { IsUnnamed = true };
    }

    /// <summary>"USA was recommended to …", "Denmark was urged to …": just past the verb.</summary>
    /// <remarks>"The State", "The Government" and the initials of a State of several words ("USA") name it too.</remarks>
    private static int? StateWasRecommended(string text, int start, int end, IReadOnlyList<string> stateNames)
    {
        var at = start;
        if (Words.At(text, at, "The")) at = Words.SkipSpaces(text, at + 3);
        var name = stateNames.FirstOrDefault(n => n.Length > 0 && Words.At(text, at, n));
        if (name is null) return null;
        at = Words.SkipSpaces(text, at + name.Length);
        foreach (var phrase in (string[])["was recommended", "was also recommended", "was urged", "was encouraged", "was called upon", "was called on"])
            if (at < end && Words.At(text, at, phrase)) return at + phrase.Length;
        return null;
    }
}
