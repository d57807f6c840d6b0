using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using ReportForge.Jobs.Rendering;

namespace ReportForge.Jobs.Tests.Fakes;

/// <summary>A job client that records what is enqueued and runs it when told, in order, on this thread.</summary>
internal sealed class InlineJobs(BriefWorkspace workspace) : IBackgroundJobClient
{
    private readonly Queue<Job> _queue = new();

    public List<Job> Enqueued { get; } = [];

    public string Create(Job job, IState state)
    {
        Enqueued.Add(job);
        _queue.Enqueue(job);
        return Enqueued.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool ChangeState(string jobId, IState state, string expectedState) => throw new NotSupportedException();

    /// <summary>Runs queued jobs (and the jobs they enqueue) until none is left.</summary>
    public void RunAll() => RunUntil(stopBefore: null);

    /// <summary>Runs queued jobs until the next one is of type <paramref name="stopBefore"/>, which stays queued.</summary>
    public void RunUntil(Type? stopBefore)
    {
        while (_queue.TryPeek(out var next) && next.Type != stopBefore) RunNext();
    }

    /// <summary>Runs the next <paramref name="count"/> queued jobs; the jobs they enqueue wait their turn.</summary>
    public void RunNext(int count)
    {
        for (var i = 0; i < count; i++) RunNext();
    }

    private void RunNext()
    {
        var job = _queue.Dequeue();
        var instance = Activate(job.Type);
        var args = job.Args.Select(a => a is CancellationToken ? CancellationToken.None : a).ToArray();
        try
        {
            job.Method.Invoke(instance, args);
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
    }

    private object Activate(Type type) => type.Name switch
    {
        nameof(RenderRequestJob) => new RenderRequestJob(workspace, this),
        nameof(RenderArtifactJob) => new RenderArtifactJob(workspace, this),
        nameof(AssembleRequestJob) => new AssembleRequestJob(workspace),
        nameof(RegenerateAllJob) => new RegenerateAllJob(workspace),
        _ => throw new InvalidOperationException($"unexpected job {type.Name}"),
    };
}
