using System.ComponentModel;
using Hangfire;
using ReportForge.Core;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Jobs.Jobs;

/// <summary>
/// The scheduled run: parses every registered source again and renders its full set of files
/// into the artifact store, skipping a set whose inputs (the manifest's <c>inputHash</c>) are unchanged.
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
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public void Run(CancellationToken cancellationToken)
    {
        using var exclusive = workspace.RegenerationLock(cancellationToken);
        var failures = new List<string>();
        foreach (var source in workspace.Sources.All())
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var document = workspace.Sources.Refresh(source.Id);
                // every dataset registered beside the source: a changed one changes the input hash, and the set renders again
                var request = workspace.Datasets.Attach(new ExportRequest { SourceId = source.Id, OutputRoot = workspace.Layout.OutputRoot }, source.Id, datasetIds: null);
                var plan = workspace.Pipeline.Planner.Plan(document, request);
                if (!workspace.Artifacts.IsUpToDate(plan)) workspace.Artifacts.Regenerate(plan, cancellationToken);
            }
            catch (InputException e)
            {
                failures.Add(e.Message);
            }
        }
        if (failures.Count > 0)
            throw new InputException(workspace.Layout.SourcesFolder, "not regenerated: " + string.Join("; ", failures));
    }
}
