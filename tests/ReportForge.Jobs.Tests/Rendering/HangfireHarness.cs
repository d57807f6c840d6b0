using Hangfire.InMemory;
using Hangfire.States;
using Hangfire;
using ReportForge.Jobs.Rendering;

namespace ReportForge.Jobs.Tests.Rendering;

/// <summary>
/// Real Hangfire around a workspace: the in-memory job storage, a client and a server working the ReportForge queues
/// with the request failure filter and the retry policy, as the web host sets them up.
/// </summary>
internal sealed class HangfireHarness : IDisposable
{
    private readonly BackgroundJobServer _server;

    public HangfireHarness(BriefWorkspace workspace)
    {
        Storage = new InMemoryStorage();
        Client = new RecordingClient(new BackgroundJobClient(Storage));
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            WorkerCount = 2,
            Queues = JobQueues.InPriorityOrder,
            SchedulePollingInterval = TimeSpan.FromSeconds(1),
            Activator = new WorkspaceActivator(workspace, Client),
            FilterProvider = ServerFilters.For(new RequestFailureFilter(workspace)),
        }, Storage);
    }

    public JobStorage Storage { get; }
    public IBackgroundJobClient Client { get; }

    /// <summary>Waits until the job has succeeded, and fails the test with its exception when it failed.</summary>
    public void WaitForSuccess(string jobId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        using var connection = Storage.GetConnection();
        while (DateTime.UtcNow < deadline)
        {
            var state = connection.GetStateData(jobId);
            if (state?.Name == SucceededState.StateName) return;
            if (state?.Name == FailedState.StateName)
                Assert.Fail($"job {jobId} failed: {(state.Data.TryGetValue("ExceptionMessage", out var message) ? message : state.Reason)}");
            Thread.Sleep(100);
        }
        Assert.Fail($"job {jobId} did not finish");
    }

    /// <summary>
    /// Waits until <paramref name="done"/> holds and every job created so far (including those jobs create) has
    /// succeeded or failed for good, so whatever the last job does after recording its outcome is done too.
    /// </summary>
    public void WaitUntilIdle(Func<bool> done)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        using var connection = Storage.GetConnection();
        while (!(done() && ((RecordingClient)Client).Created.All(id => IsFinal(connection.GetStateData(id)?.Name))))
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("the jobs did not finish");
            Thread.Sleep(50);
        }
    }

    public void Dispose() => _server.Dispose();

    private static bool IsFinal(string? state) => state == SucceededState.StateName || state == FailedState.StateName;

    /// <summary>Remembers the id of every job it creates.</summary>
    private sealed class RecordingClient(IBackgroundJobClient client) : IBackgroundJobClient
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _created = new();

        public IReadOnlyList<string> Created => [.. _created];

        public string Create(Hangfire.Common.Job job, IState state)
        {
            var id = client.Create(job, state);
            _created.Enqueue(id);
            return id;
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => client.ChangeState(jobId, state, expectedState);
    }

    private sealed class WorkspaceActivator(BriefWorkspace workspace, IBackgroundJobClient client) : JobActivator
    {
        public override object ActivateJob(Type jobType) => jobType.Name switch
        {
            nameof(RenderRequestJob) => new RenderRequestJob(workspace, client),
            nameof(RenderArtifactJob) => new RenderArtifactJob(workspace, client),
            nameof(AssembleRequestJob) => new AssembleRequestJob(workspace),
            nameof(RegenerateAllJob) => new RegenerateAllJob(workspace),
            _ => throw new InvalidOperationException($"unexpected job {jobType.Name}"),
        };
    }
}
