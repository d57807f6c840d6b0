using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing.Blocks;

/// <summary>
/// Stakeholder names from the endnotes of a full document. Note 1 (or 2) reads
/// "The stakeholders listed below have contributed information for this summary…" and then one
/// entry per code: "AI  Amnesty International*, London, UK;", "JS1  Joint submission by: …" (which
/// may wrap). Names stop at the first comma, the joint submissions keep their list of members.
/// </summary>
internal static class EndnoteNames
{
    private static readonly string[] Categories =
    [
        "civil society", "joint submissions", "individual submissions", "national human rights institution",
        "regional intergovernmental organization", "other", "ngos", "organizations",
    ];

    public static Dictionary<string, string> Read(IReadOnlyList<SourceLine> endnotes, IReadOnlyCollection<string> usedCodes)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var codes = usedCodes.OrderByDescending(c => c.Length).ToList();
        var inList = false;
        string? current = null;
        foreach (var line in endnotes)
        {
            var text = line.Text;
            if (text.Contains("stakeholders listed below", StringComparison.OrdinalIgnoreCase)) { inList = true; continue; }
            if (!inList || text.Length == 0 || PageFurniture.IsFurniture(text)) continue;
            if (StartsNextNote(text)) break;
            if (Categories.Any(c => text.TrimEnd(':').Equals(c, StringComparison.OrdinalIgnoreCase))) { current = null; continue; }
            if (TryEntry(text, codes, out var code, out var name))
            {
                current = code;
                names[code] = name;
            }
            else if (current is not null && IsJoint(names[current]))
            {
                names[current] += " " + text;
            }
        }
        return names.ToDictionary(n => n.Key, n => Tidy(n.Value, IsJoint(n.Value)), StringComparer.Ordinal);
    }

    /// <summary>"2 JS1, p. 2": the next note begins.</summary>
    private static bool StartsNextNote(string text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        return digits is > 0 and <= 3 && (digits == text.Length || text[digits] == ' ');
    }

    private static bool TryEntry(string text, List<string> codes, out string code, out string name)
    {
        code = codes.FirstOrDefault(c => text.StartsWith(c + " ", StringComparison.Ordinal)) ?? "";
        if (code.Length == 0)
        {
            var space = text.IndexOf(' ');
            if (space <= 0) { name = ""; return false; }
            code = text[..space];
            if (!code.Any(char.IsUpper) || code.Count(char.IsUpper) < 2 || code.Length > 16) { name = ""; return false; }
        }
        name = text[code.Length..].Trim();
        return name.Length > 1 && char.IsUpper(name[0]);
    }

    private static bool IsJoint(string name) => name.StartsWith("Joint submission", StringComparison.OrdinalIgnoreCase);

    private static string Tidy(string name, bool joint)
    {
        name = name.Replace("*", "", StringComparison.Ordinal);
        if (!joint)
        {
            var comma = name.IndexOf(", ", StringComparison.Ordinal);
            if (comma > 0) name = name[..comma];
        }
        while (name.Contains("  ", StringComparison.Ordinal)) name = name.Replace("  ", " ", StringComparison.Ordinal);
        return name.Trim().TrimEnd(';', '.', ',').Trim();
    }
}
