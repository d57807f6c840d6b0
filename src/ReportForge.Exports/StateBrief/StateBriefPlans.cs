using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Exports.StateBrief;

/// <summary>One state brief per recommending State with matches: <c>{profile}/states/{state}.pdf|.docx</c>.</summary>
internal static class StateBriefPlans
{
    public static IEnumerable<ArtifactPlan> For(BriefContent content, string extension) =>
        StateChampions.Rank(content).Select(s =>
            new ArtifactPlan(ArtifactKind.StateBrief, $"{content.Profile.Name}/states/{Slugs.From(s.State)}.{extension}", content.Profile.Name, Theme: null));

    /// <summary>The State a plan was made for, found again by its slug.</summary>
    public static StateChampion Champion(ArtifactPlan plan, BriefContent content)
    {
        var slug = Path.GetFileNameWithoutExtension(plan.RelativePath);
        return StateChampions.Rank(content).FirstOrDefault(s => Slugs.From(s.State) == slug)
            ?? throw new ArgumentException($"No recommending State for '{plan.RelativePath}'.", nameof(plan));
    }

    /// <summary>"Amnesty International (AI)" for each stakeholder behind an ask.</summary>
    public static string Stakeholders(BriefContent content, Recommendation ask) =>
        string.Join(", ", ask.Stakeholders.Select(code =>
            content.Summary.Stakeholder(code)?.Name is { Length: > 0 } name ? $"{name} ({code})" : code));
}
