using System.Runtime.ExceptionServices;
using ReportForge.Core;
using ReportForge.Core.Templates;

namespace ReportForge.Exports.Pipeline;

/// <summary>
/// The one place that knows how to render a request: plan, render every artifact in parallel to
/// temporary files, then publish them and the manifest. A failure publishes nothing.
/// The command line and the background jobs both call this.
/// </summary>
public sealed class ExportPipeline
{
    private readonly ExportPlanner _planner;

    public ExportPipeline(TemplateSet templates, IReadOnlyList<IArtifactRenderer> renderers)
    {
        Templates = templates;
        _planner = new ExportPlanner(templates, renderers);
    }

    /// <summary>The pipeline with every shipped renderer.</summary>
    public static ExportPipeline CreateDefault(TemplateSet templates) => new(templates, RendererCatalog.Create(templates));

    public TemplateSet Templates { get; }

    public ExportPlanner Planner => _planner;

    /// <exception cref="InputException">Bad source or profile; nothing was written.</exception>
    public ExportResult Run(ExportRequest request, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Run(SourceDocument.Load(request.SourceFile, request.SourceId, Templates), request, progress, cancellationToken);

    /// <summary>Renders a source that is already parsed.</summary>
    public ExportResult Run(SourceDocument source, ExportRequest request, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var plan = _planner.Plan(source, request);
        OutputFolderProblem.Guard(request.OutputRoot, () => ManifestAssembler.Recover(plan.Folder, cancellationToken));
        var existing = ManifestFile.Read(plan.Folder);
        // An id given by the caller is a deliberate choice; one derived from a file name may clash.
        if (request.SourceId is null) SourceIdCollision.Check(existing, source);
        if (!request.Force && existing is not null && plan.IsUpToDate(existing))
            return new ExportResult(plan.Folder, existing, Skipped: true, []);

        return OutputFolderProblem.Guard(request.OutputRoot, () =>
        {
            using var run = RunStaging.Open(plan.Folder);
            var staged = RenderAll(plan, progress, cancellationToken, request.Parallelism, run.Folder);
            var manifest = ManifestAssembler.Commit(plan, staged, cancellationToken);
            return new ExportResult(plan.Folder, manifest, Skipped: false, staged.Select(s => s.Entry).ToList());
        });
    }

    /// <summary>
    /// Renders every planned artifact, <paramref name="parallelism"/> at once (by default one per core);
    /// on any failure discards them all and rethrows.
    /// </summary>
    public static IReadOnlyList<StagedArtifact> RenderAll(ExportPlan plan, IProgress<ExportProgress>? progress, CancellationToken cancellationToken, int? parallelism = null, string? stagingFolder = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism ?? 1, 1, nameof(parallelism));
        var staged = new StagedArtifact?[plan.Artifacts.Count];
        var completed = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        try
        {
            Parallel.For(0, plan.Artifacts.Count, options, i =>
            {
                staged[i] = StagedArtifact.Render(plan.Artifacts[i], plan.Folder, cancellationToken, stagingFolder);
                progress?.Report(new ExportProgress(Interlocked.Increment(ref completed), plan.Artifacts.Count, plan.Artifacts[i].Plan.RelativePath));
            });
        }
        catch (Exception e)
        {
            foreach (var s in staged) s?.Discard();
            var first = e is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : e;
            ExceptionDispatchInfo.Capture(first).Throw();
            throw; // unreachable
        }
        return staged.Select(s => s!).ToList();
    }
}
