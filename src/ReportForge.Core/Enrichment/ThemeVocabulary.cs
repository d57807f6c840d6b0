using System.Text;
using ReportForge.Core.Model;

namespace ReportForge.Core.Enrichment;

/// <summary>
/// Finds the canonical theme of a heading. Headings are compared as words: case, punctuation, "the"
/// and hyphens aside, so "Migrants, refugees and asylum seekers" is "Migrants, refugees and asylum-seekers".
/// </summary>
public sealed class ThemeVocabulary
{
    private readonly Dictionary<string, ThemeDefinition> _byWords = new(StringComparer.Ordinal);

    public ThemeVocabulary(IEnumerable<ThemeDefinition> themes)
    {
        Themes = themes.ToList();
        foreach (var theme in Themes)
        {
            _byWords.TryAdd(Normalise(theme.Key.Replace('-', ' ')), theme);
            foreach (var heading in theme.Variants.Prepend(theme.Title)) _byWords.TryAdd(Normalise(heading), theme);
        }
    }

    public static ThemeVocabulary Empty { get; } = new([]);

    public IReadOnlyList<ThemeDefinition> Themes { get; }

    /// <summary>The theme <paramref name="heading"/> (or a key) names, or null when the list lacks it.</summary>
    public ThemeDefinition? Match(string heading) => _byWords.GetValueOrDefault(Normalise(heading));

    /// <summary>"Right to life, liberty and security of the person" → "right to life liberty and security of person".</summary>
    internal static string Normalise(string heading)
    {
        var words = new StringBuilder(heading.Length);
        foreach (var range in heading.AsSpan().SplitAny(" -–,;:()/’'\"“”.".AsSpan()))
        {
            var word = heading.AsSpan()[range];
            if (word.Length == 0 || word.Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            if (words.Length > 0) words.Append(' ');
            foreach (var c in word) words.Append(char.ToLowerInvariant(c));
        }
        return words.ToString();
    }
}
