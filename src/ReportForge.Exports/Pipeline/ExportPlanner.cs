using ReportForge.Core;
using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Recommendations;

namespace ReportForge.Exports.Pipeline;

/// <summary>Decides what an export request renders: profiles × renderers → planned files.</summary>
public sealed class ExportPlanner(TemplateSet templates, IReadOnlyList<IArtifactRenderer> renderers)
{
    /// <exception cref="InputException">
    /// An unknown profile, or a profile the request names that names what the summary lacks. A shipped
    /// profile that does not fit the document (no Amnesty International statements, say) is skipped instead.
    /// </exception>
    public ExportPlan Plan(SourceDocument source, ExportRequest request)
    {
        var folder = Path.Combine(Path.GetFullPath(request.OutputRoot), source.Descriptor.Id);
        var artifacts = new List<PlannedArtifact>();
        var skipped = new List<SkippedProfile>();
        var everyProfile = request.Profiles.Count == 0;
        var history = RecommendationHistory.For(source.Summary, request.RecommendationDatasets, request.AnyCountry);
        foreach (var profile in ProfilesFor(request))
        {
            BriefContent content;
            try
            {
                content = history.AttachTo(BriefSelector.Select(source.Summary, source.Descriptor, profile, templates.Groups));
            }
            catch (InputException e) when (everyProfile && !ReferenceEquals(profile, request.Selection))
            {
                skipped.Add(new SkippedProfile(profile.Name, e.Problem));
                continue;
            }
            foreach (var renderer in renderers.Where(r => request.Kinds.Contains(r.Kind)))
                artifacts.AddRange(renderer.Plan(content).Select(plan => new PlannedArtifact(plan, content, renderer)));
        }
        var duplicate = artifacts.GroupBy(a => a.Plan.RelativePath).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Two artifacts planned at '{duplicate.Key}'.");
        return new ExportPlan(source, folder, InputHash.Compute(source.Descriptor.Sha256, templates, history.DatasetHashes), artifacts) { Skipped = skipped };
    }

    private IEnumerable<BriefProfile> ProfilesFor(ExportRequest request)
    {
        var named = request.Profiles.Count > 0 ? request.Profiles.Select(templates.Profile)
            : request.Selection is null ? templates.Profiles
            : [];
        return request.Selection is null ? named : named.Append(request.Selection);
    }
}
