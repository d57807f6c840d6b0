using ReportForge.Core;
using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Charts;
using ReportForge.Exports.Pipeline;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf.Brief;

/// <summary>
/// Writes a profile's PDF brief (<c>{profile}/brief.pdf</c>): tagged, outlined, with embedded fonts,
/// vector charts and the profile's paper, and the same bytes for the same inputs.
/// </summary>
public sealed class PdfBriefRenderer : IArtifactRenderer
{
    private readonly string _fontsDirectory;
    private readonly string _templatesRoot;

    /// <param name="templates">Where the fonts and the profiles' logos are.</param>
    public PdfBriefRenderer(TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _fontsDirectory = templates.FontsDirectory;
        _templatesRoot = templates.Root;
    }

    /// <inheritdoc />
    public ArtifactKind Kind => ArtifactKind.PdfBrief;

    /// <inheritdoc />
    public IEnumerable<ArtifactPlan> Plan(BriefContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        yield return new ArtifactPlan(Kind, $"{content.Profile.Name}/brief.pdf", content.Profile.Name, Theme: null);
    }

    /// <inheritdoc />
    /// <returns>The number of pages written.</returns>
    public int? Render(ArtifactPlan plan, BriefContent content, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(output);
        var assets = new BriefAssets(Charts(content), Logo(content.Profile));
        cancellationToken.ThrowIfCancellationRequested();
        var pdf = new PdfOptions { FontsDirectory = _fontsDirectory, Tagged = true };
        var result = BriefDocument.Create(content, assets, pdf).GeneratePdf(output, pdf);
        return result.PageCount;
    }

    private List<(ChartImage, string)> Charts(BriefContent content)
    {
        // a chart of one bar or one column says nothing the text does not
        var charts = new List<(ChartImage, string)>();
        if (content.Themes.Count > 1 && content.AllRecommendations.Any())
            charts.Add((RecommendationsPerThemeChart.Build(content, _fontsDirectory), "Recommendations per theme"));
        if (content.Themes.Count > 0 && content.Stakeholders.Count > 1)
            charts.Add((ThemeStakeholderHeatmap.Build(content, _fontsDirectory), "What each stakeholder raised, by theme"));
        return charts;
    }

    private byte[]? Logo(BriefProfile profile)
    {
        if (string.IsNullOrWhiteSpace(profile.Logo)) return null;
        var path = Path.GetFullPath(Path.Combine(_templatesRoot, profile.Logo));
        if (!File.Exists(path))
            throw new InputException(Path.Combine(_templatesRoot, "profiles", profile.Name + ".yaml"), $"logo '{profile.Logo}' not found under {_templatesRoot}");
        return File.ReadAllBytes(path);
    }
}
