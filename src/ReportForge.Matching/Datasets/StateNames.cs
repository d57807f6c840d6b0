using ReportForge.Core.Enrichment;

namespace ReportForge.Matching.Datasets;

/// <summary>One name per State, whichever form a source uses ("Czech Republic", "Iran (Islamic Republic of)").</summary>
public static class StateNames
{
    private static readonly HashSet<string> Known = new(MemberStates.Names, StringComparer.OrdinalIgnoreCase);

    /// <summary>The short name UN documents use in running text.</summary>
    public static string Canonical(string name)
    {
        var trimmed = name.Trim();
        if (MemberStates.FormerNames.TryGetValue(trimmed, out var current)) return current;
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
