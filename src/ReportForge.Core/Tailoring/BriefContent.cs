using ReportForge.Core.Model;

namespace ReportForge.Core.Tailoring;

/// <summary>One thematic area as a brief shows it.</summary>
/// <param name="Section">The theme's own section.</param>
/// <param name="Ancestry">Part, lettered section and the theme itself, outermost first.</param>
/// <param name="Paragraphs">The paragraphs of the summary that the kept statements come from.</param>
/// <param name="Statements">Kept statements in paragraph order (recommendations included when asked).</param>
/// <param name="Recommendations">Kept asks, in the profile's order.</param>
public sealed record ThemeContent(
    Section Section,
    IReadOnlyList<Section> Ancestry,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Recommendation> Recommendations)
{
    public IEnumerable<Statement> OfKind(StatementKind kind) => Statements.Where(s => s.Kind == kind);

    /// <summary>Every section of the summary whose canonical theme this is (one, unless a heading recurs).</summary>
    public IReadOnlySet<string> SectionIds
    {
        get => _sectionIds ?? new HashSet<string>(StringComparer.Ordinal) { Section.Id };
        init => _sectionIds = value;
    }

    private readonly IReadOnlySet<string>? _sectionIds;

    /// <summary>Whether <paramref name="sectionId"/> is one of this theme's sections.</summary>
    public bool Holds(string sectionId) => SectionIds.Contains(sectionId);
}

/// <summary>Where the summary came from, as documents cite it.</summary>
/// <param name="Id">Source id, used as the output folder name (<c>kazakhstan-2010</c>).</param>
/// <param name="FileName">The file name the user gave.</param>
/// <param name="Sha256">Hex SHA-256 of the source bytes.</param>
public sealed record SourceDescriptor(string Id, string FileName, string Sha256);

/// <summary>
/// What one profile keeps of one summary: the input every renderer works from.
/// Renderers never filter again; they lay this out.
/// </summary>
public sealed record BriefContent(
    Summary Summary,
    SourceDescriptor Source,
    BriefProfile Profile,
    IReadOnlyList<ThemeContent> Themes,
    IReadOnlyList<Recommendation> KeyAsks,
    IReadOnlyList<Stakeholder> Stakeholders,
    IReadOnlyList<AffectedGroup> Groups)
{
    /// <summary>"Children" for <c>children</c>; the id itself when the taxonomy lacks it.</summary>
    public string GroupLabel(string id) => Groups.FirstOrDefault(g => g.Id == id)?.Label ?? id;

    public IEnumerable<Recommendation> AllRecommendations => Themes.SelectMany(t => t.Recommendations);

    /// <summary>
    /// Per ask id, the similar recommendations States made at earlier reviews, best first; empty when the export
    /// was given no recommendations dataset.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<EarlierRecommendation>> Earlier { get; init; } =
        new Dictionary<string, IReadOnlyList<EarlierRecommendation>>();

    /// <summary>Whether the export was given recommendations datasets.</summary>
    public bool HasEarlier { get; init; }

    public IReadOnlyList<EarlierRecommendation> EarlierFor(string askId) =>
        Earlier.TryGetValue(askId, out var earlier) ? earlier : [];
}
