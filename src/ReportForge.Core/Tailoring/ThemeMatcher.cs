using ReportForge.Core.Enrichment;
using ReportForge.Core.Model;

namespace ReportForge.Core.Tailoring;

/// <summary>
/// Finds the sections a profile's theme names mean. A name is a canonical theme key
/// (<c>administration-of-justice</c>, which works on every cycle), a section id (<c>II.B.3</c>), a title,
/// a slug, or words of a title ("Administration of justice"); a parent section stands for all below it.
/// </summary>
internal static class ThemeMatcher
{
    /// <returns>The selected section ids, or null when the profile names no themes (all of them).</returns>
    public static HashSet<string>? Resolve(Summary summary, IReadOnlyList<string> names, string where)
    {
        if (names.Count == 0) return null;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var matches = Match(summary.Sections, name.Trim());
            if (matches.Count == 0)
                throw new InputException(where,
                    $"theme '{name}' is not a section of the summary of {summary.Country}; themes: {string.Join("; ", summary.Themes.Select(t => $"{t.Id} {t.Title}"))}");
            foreach (var section in matches)
                foreach (var s in summary.Sections.Where(s => s.Id == section.Id || s.Id.StartsWith(section.Id + ".", StringComparison.Ordinal)))
                    ids.Add(s.Id);
        }
        return ids;
    }

    private static List<Section> Match(IReadOnlyList<Section> sections, string name)
    {
        var exact = sections.Where(s =>
            string.Equals(s.ThemeKey, name, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(s.Id, name, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(s.Title, name, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(s.Slug, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count > 0) return exact;
        // "administration-of-justice" or "Administration of justice" in "Administration of justice, including impunity, …".
        var words = ThemeVocabulary.Normalise(name.Replace('-', ' '));
        return sections.Where(s => ThemeVocabulary.Normalise(s.Title).Contains(words, StringComparison.Ordinal)).ToList();
    }
}
