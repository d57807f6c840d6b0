using ReportForge.Core.Enrichment;
using ReportForge.Core.Model;

namespace ReportForge.Core.Templates;

/// <summary>
/// <c>templates/themes.yaml</c>: one theme list for every cycle of the review.
/// <code>
/// themes:
///   - key: right-to-health
///     title: Right to health
///     variants: [Right to physical and mental health]
/// </code>
/// </summary>
public static class ThemesFile
{
    public static ThemeVocabulary Load(string path)
    {
        var file = YamlFiles.Read<ThemesDocument>(path);
        var themes = new List<ThemeDefinition>();
        foreach (var t in file.Themes)
        {
            if (string.IsNullOrWhiteSpace(t.Key) || string.IsNullOrWhiteSpace(t.Title))
                throw new InputException(path, "every theme needs a key and a title");
            themes.Add(new ThemeDefinition(t.Key.Trim(), t.Title.Trim(), t.Variants.Select(v => v.Trim()).Where(v => v.Length > 0).ToList()));
        }
        var duplicate = themes.GroupBy(t => t.Key).FirstOrDefault(x => x.Count() > 1);
        if (duplicate is not null)
            throw new InputException(path, $"theme '{duplicate.Key}' is defined twice");
        return new ThemeVocabulary(themes);
    }

    private sealed class ThemesDocument
    {
        public List<ThemeEntry> Themes { get; set; } = [];
    }

    private sealed class ThemeEntry
    {
        public string? Key { get; set; }
        public string? Title { get; set; }
        public List<string> Variants { get; set; } = [];
    }
}
