using ReportForge.Core.Model;
using ReportForge.Core.Parsing.Endnotes;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing.Blocks;

/// <summary>
/// Stakeholder names from the endnotes of a full document, as <see cref="EndnoteReader"/> reads the
/// list in note 1 (or 2): the name alone for an organisation ("Amnesty International"), the entry as
/// printed for a joint submission ("Joint submission 1 submitted by: …"), whose members are its name.
/// A code the body spells otherwise than the list ("Moheb" for "moheb", "UNPO" for "unpointl", listed
/// as "Unrepresented Nations and Peoples Organization") takes the name it plainly stands for.
/// </summary>
internal static class EndnoteNames
{
    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase) { "and", "of", "for", "the", "on", "in", "de", "des", "la", "le", "et", "&" };

    public static Dictionary<string, string> Read(IReadOnlyList<SourceLine> endnotes, IReadOnlyCollection<string> usedCodes) =>
        From(EndnoteReader.Read(endnotes, usedCodes));

    /// <summary>The names of the list <paramref name="endnotes"/> holds.</summary>
    public static Dictionary<string, string> From(EndnoteSet endnotes)
    {
        var listed = endnotes.Stakeholders;
        var codes = listed.Select(s => s.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        // Other spellings go in first, so that a full name in the text still leads to the listed code.
        foreach (var (alias, entry) in Aliases(listed, codes))
            names.TryAdd(alias, entry.Name);
        foreach (var entry in listed)
        {
            var name = entry.Kind == StakeholderKind.JointSubmission && entry.Text.Length > 0 ? entry.Text : entry.Name;
            if (name.Length == 0) continue;
            names[entry.Code] = name;
            // "CoE-CM: Resolution" is one document of the body the text calls "CoE-CM".
            var colon = entry.Code.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0) names.TryAdd(entry.Code[..colon], name);
        }
        return names;
    }

    private static IEnumerable<(string Alias, ListedStakeholder Entry)> Aliases(IReadOnlyList<ListedStakeholder> listed, HashSet<string> codes)
    {
        var byInitials = listed.Where(s => s.Kind != StakeholderKind.JointSubmission && s.AttachedTo is null)
            .GroupBy(s => Initials(s.Name)).Where(g => g.Key.Length >= 4 && g.Count() == 1 && !codes.Contains(g.Key));
        foreach (var group in byInitials) yield return (group.Key, group.Single());
        foreach (var entry in listed)
            if (entry.Code.Length > 2 && entry.Code.All(char.IsLower))
                yield return (char.ToUpperInvariant(entry.Code[0]) + entry.Code[1..], entry);
    }

    /// <summary>"Unrepresented Nations and Peoples Organization" → "UNPO".</summary>
    private static string Initials(string name) =>
        string.Concat(name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !MinorWords.Contains(w) && char.IsLetter(w[0]))
            .Select(w => char.ToUpperInvariant(w[0])));
}
