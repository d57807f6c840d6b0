using ReportForge.Core.Enrichment;
using ReportForge.Core.Model;
using ReportForge.Core.Parsing;
using ReportForge.Core.Tailoring;

namespace ReportForge.Core.Templates;

/// <summary>
/// The <c>templates/</c> folder: profiles, taxonomy, known stakeholders, fonts, the Word reference
/// document and the built-in sample. Loaded once; everything that renders reads it from here.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>Environment variable that points at another templates folder.</summary>
    public const string EnvironmentVariable = "REPORTFORGE_TEMPLATES";

    private readonly Lazy<IReadOnlyList<AffectedGroup>> _groups;
    private readonly Lazy<IReadOnlyDictionary<string, string>> _knownStakeholders;
    private readonly Lazy<IReadOnlyList<BriefProfile>> _profiles;
    private readonly Lazy<ThemeVocabulary> _themes;

    private TemplateSet(string root)
    {
        Root = root;
        _groups = new(() => TaxonomyFile.Load(Path.Combine(root, "taxonomy.yaml")));
        _knownStakeholders = new(() => KnownStakeholdersFile.Load(Path.Combine(root, "stakeholders.yaml")));
        _profiles = new(() => ProfileFile.LoadAll(ProfilesDirectory));
        _themes = new(() => ThemesFile.Load(Path.Combine(root, "themes.yaml")));
    }

    public string Root { get; }
    public string FontsDirectory => Path.Combine(Root, "fonts");
    public string ProfilesDirectory => Path.Combine(Root, "profiles");
    /// <summary>The Word document whose styles, numbering and theme every Word brief copies.</summary>
    public string WordReferenceDocument => Path.Combine(Root, "word", "reference.docx");
    /// <summary>The Kazakhstan 2010 summary that ships with the product.</summary>
    public string SampleSummary => Path.Combine(Root, "samples", "kazakhstan-2010.txt");

    public IReadOnlyList<AffectedGroup> Groups => _groups.Value;
    public ThemeVocabulary Themes => _themes.Value;
    public IReadOnlyDictionary<string, string> KnownStakeholders => _knownStakeholders.Value;
    /// <summary>Every profile in <c>profiles/</c>, ordered by name with <c>full</c> first.</summary>
    public IReadOnlyList<BriefProfile> Profiles => _profiles.Value;

    /// <summary>What the parser needs from the templates: known stakeholder names, the taxonomy and the themes.</summary>
    public ParseOptions ParseOptions() => new() { KnownStakeholders = KnownStakeholders, Groups = Groups, Themes = Themes };

    /// <exception cref="InputException">No profile of that name.</exception>
    public BriefProfile Profile(string name) =>
        Profiles.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InputException(Path.GetFileName(ProfilesDirectory),
            $"no profile named '{name}'; available: {string.Join(", ", Profiles.Select(p => p.Name))}");

    /// <summary>Every file below the root, for hashing what a render depends on.</summary>
    public IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>
    /// Opens <paramref name="root"/>, else <c>$REPORTFORGE_TEMPLATES</c>, else the <c>templates</c> folder
    /// beside the program, else the nearest <c>templates</c> folder above the working directory.
    /// </summary>
    public static TemplateSet Open(string? root = null)
    {
        var found = root ?? Environment.GetEnvironmentVariable(EnvironmentVariable) ?? Locate();
        if (found is null || !Directory.Exists(found))
            throw new InputException(found ?? "templates",
                $"templates folder not found; set {EnvironmentVariable} or run from the repository");
        return new TemplateSet(Path.GetFullPath(found));
    }

    private static string? Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "templates");
        if (File.Exists(Path.Combine(beside, "taxonomy.yaml"))) return beside;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates");
            if (File.Exists(Path.Combine(candidate, "taxonomy.yaml"))) return candidate;
        }
        return null;
    }
}
