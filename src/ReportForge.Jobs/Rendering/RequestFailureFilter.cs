using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using ReportForge.Jobs.Requests;

namespace ReportForge.Jobs.Rendering;

/// <summary>
/// When a request's job fails for good (bad input at once, other faults after their retries), marks
/// the request failed with the error's message and deletes its staging area, so nothing partial stays.
/// </summary>
public sealed class RequestFailureFilter(BriefWorkspace workspace) : JobFilterAttribute, IApplyStateFilter
{
    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        if (context.NewState is not FailedState failed) return;
        if (RequestIdOf(context.BackgroundJob.Job) is not { } requestId) return;
        var status = workspace.Requests.Update(requestId, current =>
            current.State == RequestState.Succeeded ? current : current with { State = RequestState.Failed, Error = Describe(failed.Exception) });
        // after the request reads as failed: a file job still rendering then cleans up after itself
        if (status.State == RequestState.Failed) workspace.Staging(requestId).Discard();
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }

    /// <summary>The request a job works for, read from its arguments by type.</summary>
    public static string? RequestIdOf(Job? job) =>
        job?.Args.Select(arg => arg switch
        {
            RequestRef request => request.RequestId,
            ArtifactRef artifact => artifact.Request.RequestId,
            _ => null,
        }).FirstOrDefault(id => id is not null);

    private static string Describe(Exception exception)
    {
        while (exception.InnerException is not null && exception is not Core.InputException) exception = exception.InnerException;
        return exception is Core.InputException ? exception.Message : $"{exception.GetType().Name}: {exception.Message}";
    }
}
