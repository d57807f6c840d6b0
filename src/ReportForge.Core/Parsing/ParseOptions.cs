using ReportForge.Core.Enrichment;
using ReportForge.Core.Model;

namespace ReportForge.Core.Parsing;

/// <summary>What the parser needs besides the text.</summary>
public sealed record ParseOptions
{
    /// <summary>Named in diagnostics and errors.</summary>
    public string FileName { get; init; } = "summary.txt";
    /// <summary>Overrides the country detected from the text.</summary>
    public string? Country { get; init; }
    /// <summary>Full names for codes the text never spells out (<c>templates/stakeholders.yaml</c>).</summary>
    public IReadOnlyDictionary<string, string> KnownStakeholders { get; init; } = new Dictionary<string, string>();
    /// <summary>The affected-group taxonomy (<c>templates/taxonomy.yaml</c>).</summary>
    public IReadOnlyList<AffectedGroup> Groups { get; init; } = [];
    /// <summary>The themes across cycles (<c>templates/themes.yaml</c>) that headings are matched to.</summary>
    public ThemeVocabulary Themes { get; init; } = ThemeVocabulary.Empty;
}
