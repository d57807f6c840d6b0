using ReportForge.Core.Enrichment;

namespace ReportForge.Matching.Datasets;

/// <summary>One name per State, whichever form a source uses ("Czech Republic", "Iran (Islamic Republic of)").</summary>
public static class StateNames
{
    private static readonly HashSet<string> Known = new(MemberStates.Names, StringComparer.OrdinalIgnoreCase);

    // Names the UPR Info database uses that UN documents do not.
    private static readonly Dictionary<string, string> UprInfoNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Macedonia FYR"] = "North Macedonia", ["Macedonia, FYR"] = "North Macedonia",
        ["The former Yugoslav Republic of Macedonia"] = "North Macedonia", ["Republic of Macedonia"] = "North Macedonia",
        ["Moldova, Republic of"] = "Republic of Moldova", ["Korea, Republic of"] = "Republic of Korea",
        ["Palestine, State of"] = "State of Palestine", ["Cote d'Ivoire"] = "Côte d’Ivoire", ["USA"] = "United States",
        ["UK"] = "United Kingdom",
    };

    /// <summary>The short name UN documents use in running text.</summary>
    public static string Canonical(string name)
    {
        var trimmed = name.Trim();
        if (MemberStates.FormerNames.TryGetValue(trimmed, out var current)) return current;
        if (UprInfoNames.TryGetValue(trimmed, out var renamed)) return renamed;
        // "Venezuela (Bolivarian Republic of)", "Bolivia (Plurinational State of)"
        var paren = trimmed.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0 && Known.Contains(trimmed[..paren])) return trimmed[..paren];
        return trimmed;
    }

    /// <summary>Whether <paramref name="name"/> is a Member State, under any name a source uses.</summary>
    public static bool IsKnown(string name) => Known.Contains(Canonical(name)) || IsObserver(name);

    private static bool IsObserver(string name) =>
        name.Trim() is "Holy See" or "State of Palestine" or "Palestine";

    public static bool Same(string a, string b) =>
        string.Equals(Canonical(a), Canonical(b), StringComparison.OrdinalIgnoreCase);
}
