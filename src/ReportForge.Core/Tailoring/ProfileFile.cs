using ReportForge.Core.Templates;

namespace ReportForge.Core.Tailoring;

/// <summary>
/// Reads brief profiles from YAML, e.g. <c>templates/profiles/children.yaml</c>:
/// <code>
/// title: Children's rights brief
/// audience: Ministry of Education
/// purpose: What stakeholders asked for children
/// themes: []            # section ids, titles or title words; empty = all
/// stakeholders: []      # codes or names; empty = all
/// groups: [children]    # affected-group ids from taxonomy.yaml
/// include: { concerns: true, observations: true, positive: true, recommendations: true }
/// order: by-theme       # or by-action-category
/// paper: a4             # a4, letter, a3
/// orientation: portrait
/// brand-color: "#1F4E79"
/// logo: null            # a path relative to templates/
/// </code>
/// </summary>
public static class ProfileFile
{
    public static IReadOnlyList<BriefProfile> LoadAll(string directory)
    {
        if (!Directory.Exists(directory)) return [BriefProfile.Full];
        var profiles = Directory.EnumerateFiles(directory, "*.yaml")
            .Select(Load)
            .OrderBy(p => p.Name == BriefProfile.Full.Name ? 0 : 1)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        return profiles.Count == 0 ? [BriefProfile.Full] : profiles;
    }

    public static BriefProfile Load(string path)
    {
        var d = YamlFiles.Read<ProfileDocument>(path);
        var name = Path.GetFileNameWithoutExtension(path);
        return new BriefProfile
        {
            Name = name,
            Title = d.Title ?? BriefProfile.Full.Title,
            Audience = d.Audience,
            Purpose = d.Purpose,
            Themes = d.Themes,
            Stakeholders = d.Stakeholders,
            Groups = d.Groups,
            Include = new IncludedContent(d.Include.Concerns, d.Include.Observations, d.Include.Positive, d.Include.Recommendations),
            Order = Parse<BriefOrder>(path, "order", d.Order),
            Paper = Parse<PaperSize>(path, "paper", d.Paper),
            Orientation = Parse<PaperOrientation>(path, "orientation", d.Orientation),
            BrandColor = ValidColor(path, d.BrandColor),
            Logo = d.Logo,
        };
    }

    private static T Parse<T>(string path, string field, string? value) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return default;
        var compact = value.Replace("-", "", StringComparison.Ordinal);
        return Enum.TryParse<T>(compact, ignoreCase: true, out var parsed)
            ? parsed
            : throw new InputException(path,
                $"{field}: '{value}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(Kebab))}");
    }

    private static string ValidColor(string path, string? color)
    {
        if (color is null) return BriefProfile.Full.BrandColor;
        var ok = color.Length == 7 && color[0] == '#' && color.Skip(1).All(Uri.IsHexDigit);
        return ok ? color.ToUpperInvariant() : throw new InputException(path, $"brand-color: '{color}' is not a colour like #1F4E79");
    }

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private sealed class ProfileDocument
    {
        public string? Title { get; set; }
        public string? Audience { get; set; }
        public string? Purpose { get; set; }
        public List<string> Themes { get; set; } = [];
        public List<string> Stakeholders { get; set; } = [];
        public List<string> Groups { get; set; } = [];
        public IncludeDocument Include { get; set; } = new();
        public string? Order { get; set; }
        public string? Paper { get; set; }
        public string? Orientation { get; set; }
        public string? BrandColor { get; set; }
        public string? Logo { get; set; }
    }

    private sealed class IncludeDocument
    {
        public bool Concerns { get; set; } = true;
        public bool Observations { get; set; } = true;
        public bool Positive { get; set; } = true;
        public bool Recommendations { get; set; } = true;
    }
}
