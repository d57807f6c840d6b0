using System.ComponentModel;
using Hangfire;
using ReportForge.Core;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Jobs.Rendering;

/// <summary>
/// The scheduled run: parses every registered source again and renders its full set of files
/// through the pipeline, skipping a set whose inputs (the manifest's <c>inputHash</c>) are unchanged.
/// One bad source does not stop the others; the run then fails naming it. Runs never overlap, on
/// any node: each holds <see cref="BriefWorkspace.RegenerationLock"/> throughout. (Hangfire's
/// <c>[DisableConcurrentExecution]</c> is not enough: on PostgreSQL its lock is a row that expires
/// after <c>DistributedLockTimeout</c> without being renewed, so a run longer than that could be joined by a second.)
/// </summary>
public sealed class RegenerateAllJob(BriefWorkspace workspace)
{
    /// <summary>The recurring job's id on the dashboard's Recurring jobs page.</summary>
    public const string RecurringId = "regenerate-all";

    [Queue(JobQueues.Regeneration)]
    [DisplayName("Regenerate every output")]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)] // the next scheduled run is the retry
    public void Run(CancellationToken cancellationToken)
    {
        using var exclusive = workspace.RegenerationLock(cancellationToken);
        var failures = new List<string>();
        foreach (var source in workspace.Sources.All())
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                // every dataset registered beside the source: a changed one changes the input hash, and the set renders again
                var request = workspace.Datasets.Attach(new ExportRequest { SourceId = source.Id, OutputRoot = workspace.Layout.OutputRoot }, source.Id, datasetIds: null);
                var plan = workspace.Pipeline.Plan(workspace.Sources.Refresh(source.Id), request);
                if (!workspace.IsCurrent(plan)) Regenerate(plan, request.Parallelism, cancellationToken);
            }
            catch (InputException e)
            {
                failures.Add(e.Message);
            }
        }
        if (failures.Count > 0)
            throw new InputException(workspace.Layout.SourcesFolder, "not regenerated: " + string.Join("; ", failures));
    }

    /// <remarks>
    /// Staged under an id made of the source and its inputs: runs never overlap, so a run after a
    /// killed one reuses what that one staged, and drops what older inputs left.
    /// </remarks>
    private void Regenerate(ExportPlan plan, int? parallelism, CancellationToken cancellationToken)
    {
        var prefix = $"regenerate-{plan.Source.Descriptor.Id}-";
        var stagingId = prefix + plan.InputHash[..Math.Min(16, plan.InputHash.Length)];
        workspace.Artifacts.DiscardStaging(prefix, keep: stagingId);
        var staging = workspace.Artifacts.Staging(stagingId);
        try
        {
            ExportPipeline.RenderAll(plan, staging, parallelism, null, cancellationToken);
            ExportPipeline.Publish(plan, staging, cancellationToken);
            staging.Discard();
        }
        catch (OperationCanceledException)
        {
            staging.Discard();
            throw;
        }
    }
}
