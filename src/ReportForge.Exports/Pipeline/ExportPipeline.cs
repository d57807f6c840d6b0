using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using ReportForge.Core;
using ReportForge.Core.Templates;

namespace ReportForge.Exports.Pipeline;

/// <summary>
/// The one place that knows how to render: plan a request, decide whether what is published is
/// current, render one file or all of them into a sink, publish the sink. The command line
/// (<see cref="Run(ExportRequest, IProgress{ExportProgress}?, CancellationToken)"/>), the request jobs and the
/// scheduled regeneration all go through these steps; stores only keep the bytes.
/// </summary>
public sealed class ExportPipeline
{
    private readonly ExportPlanner _planner;
    private readonly IReadOnlyList<IArtifactRenderer> _renderers;

    public ExportPipeline(TemplateSet templates, IReadOnlyList<IArtifactRenderer> renderers)
    {
        Templates = templates;
        _renderers = renderers;
        _planner = new ExportPlanner(templates, renderers);
    }

    /// <summary>The pipeline with every shipped renderer.</summary>
    public static ExportPipeline CreateDefault(TemplateSet templates) => new(templates, RendererCatalog.Create(templates));

    public TemplateSet Templates { get; }

    /// <summary>
    /// Starts every renderer's <see cref="IArtifactRenderer.Prepare"/> on another thread and returns at once:
    /// a cold start overlaps it with parsing the source. What fails there is met again, and reported, by the render.
    /// </summary>
    public Task PrepareRenderers() => Task.Run(() =>
    {
        foreach (var renderer in _renderers)
        {
            try
            {
                renderer.Prepare();
            }
            catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
            {
                // the render reads it again and names the problem with the file it was rendering
            }
        }
    });

    /// <summary>Everything <paramref name="request"/> will write for <paramref name="source"/>, decided before anything renders.</summary>
    /// <exception cref="InputException">An unknown profile, or one that does not fit the document.</exception>
    public ExportPlan Plan(SourceDocument source, ExportRequest request) => _planner.Plan(source, request);

    /// <summary>Renders one planned file into <paramref name="sink"/>, unless the sink already holds it.</summary>
    public static ManifestArtifact Render(PlannedArtifact artifact, string outputFolder, IArtifactSink sink, CancellationToken cancellationToken)
    {
        if (sink.Find(artifact.Plan.RelativePath) is { } done) return done;
        var rendered = StagedArtifact.Render(artifact, outputFolder, cancellationToken, sink.ScratchFolder);
        try
        {
            sink.Put(rendered);
        }
        catch
        {
            rendered.Discard();
            throw;
        }
        return rendered.Entry;
    }

    /// <summary>
    /// Renders every planned file into <paramref name="sink"/>, <paramref name="parallelism"/> at once (by
    /// default one per core), each kind's first file first (<see cref="RenderOrder"/>). The first failure
    /// stops the rest and is rethrown; what the sink holds stays for its owner to publish, reuse or discard.
    /// </summary>
    public static void RenderAll(ExportPlan plan, IArtifactSink sink, int? parallelism, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism ?? 1, 1, nameof(parallelism));
        var completed = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        try
        {
            // one file at a time, in order: each core takes the next file when it is free
            var order = Partitioner.Create(RenderOrder.StartUpsFirst(plan.Artifacts), EnumerablePartitionerOptions.NoBuffering);
            Parallel.ForEach(order, options, i =>
            {
                Render(plan.Artifacts[i], plan.Folder, sink, cancellationToken);
                progress?.Report(new ExportProgress(Interlocked.Increment(ref completed), plan.Artifacts.Count, plan.Artifacts[i].Plan.RelativePath));
            });
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
        }
    }

    /// <summary>Publishes the planned files <paramref name="sink"/> holds, with the manifest, all at once.</summary>
    public static Manifest Publish(ExportPlan plan, IArtifactSink sink, CancellationToken cancellationToken) =>
        sink.Publish(plan, cancellationToken);

    /// <exception cref="InputException">Bad source or profile; nothing was written.</exception>
    public ExportResult Run(ExportRequest request, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Run(SourceDocument.Load(request.SourceFile, request.SourceId, Templates), request, progress, cancellationToken);

    /// <summary>
    /// The command line's export of a source that is already parsed: plan; skip when the output folder is
    /// current; render everything into a run folder beside it; publish. A failure publishes nothing.
    /// </summary>
    public ExportResult Run(SourceDocument source, ExportRequest request, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var plan = Plan(source, request);
        OutputFolderProblem.Guard(request.OutputRoot, () => ManifestAssembler.Recover(plan.Folder, cancellationToken));
        var existing = ManifestFile.Read(plan.Folder);
        // An id given by the caller is a deliberate choice; one derived from a file name may clash.
        if (request.SourceId is null) SourceIdCollision.Check(existing, source);
        if (!request.Force && Freshness.IsCurrent(plan, existing, Freshness.OnDisk(plan.Folder)))
            return new ExportResult(plan.Folder, existing!, Skipped: true, []);

        return OutputFolderProblem.Guard(request.OutputRoot, () =>
        {
            using var run = RunStaging.Open(plan.Folder);
            RenderAll(plan, run, request.Parallelism, progress, cancellationToken);
            var manifest = Publish(plan, run, cancellationToken);
            return new ExportResult(plan.Folder, manifest, Skipped: false, plan.Artifacts.Select(a => run.Find(a.Plan.RelativePath)!).ToList());
        });
    }
}
