using ClosedXML.Excel;
using ReportForge.Storage.Tests.TestSupport;

namespace ReportForge.Server.Tests.Deployment;

/// <summary>
/// One server and real <c>reportforge worker</c> processes on one PostgreSQL database: each worker has
/// its own empty disk, so everything it needs and everything it makes goes through the database.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class WorkerDeploymentTests
{
    private static readonly string[] Profiles = ["full", "justice-and-detention", "children", "amnesty-international"];
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [PostgresFact]
    public async Task TwoWorkers_RunThreeHundredJobs_EachExactlyOnce_AndPublishEveryFileWhole()
    {
        using var database = new TestDatabase();
        await using var deployment = await Deployment.StartAsync(database.ConnectionString, workers: 2, threadsPerWorker: 2, TimeSpan.FromMinutes(5));
        // 100 requests of one matrix each: plan, render, publish = 300 jobs
        var jobs = await RequestMatricesAsync(deployment, sources: 25);

        var states = await deployment.WaitAllAsync(jobs.Keys, Patience);

        Assert.All(states.Values, state => Assert.Equal("succeeded", state));
        var history = SharedDatabaseAudit.Jobs(database.ConnectionString);
        Assert.Equal(300, history.Count);
        Assert.All(history, job => Assert.Equal(("Succeeded", 1), (job.State, job.Runs)));
        AssertEveryMatrixPublishedWhole(database, jobs.Values);
        await AssertServedFromTheDatabaseAsync(deployment, database);
    }

    [PostgresFact]
    public async Task AKilledWorker_LeavesItsJobsToTheOther_AndNothingHalfWritten()
    {
        using var database = new TestDatabase();
        await using var deployment = await Deployment.StartAsync(database.ConnectionString, workers: 2, threadsPerWorker: 2, TimeSpan.FromSeconds(15));
        var victim = deployment.Workers[0];
        var jobs = await RequestMatricesAsync(deployment, sources: 10);

        var states = await deployment.WaitAllAsync(jobs.Keys, Patience, async _ =>
        {
            // SIGKILL in the middle of rendering: only once it holds jobs
            if (!victim.HasExited && SharedDatabaseAudit.RunningOn(database.ConnectionString, victim.Id) > 0) victim.Kill();
            await Task.CompletedTask;
        });

        Assert.True(victim.HasExited, "the worker was never seen running a job");
        Assert.All(states.Values, state => Assert.Equal("succeeded", state));
        await deployment.WaitForJobsToSettleAsync(Patience);
        var history = SharedDatabaseAudit.Jobs(database.ConnectionString);
        Assert.All(history, job => Assert.Equal("Succeeded", job.State));
        Assert.Contains(history, job => job.Runs > 1); // what the killed worker held ran again elsewhere
        AssertEveryMatrixPublishedWhole(database, jobs.Values);
        Assert.Equal(0, SharedDatabaseAudit.StagedRows(database.ConnectionString));
    }

    [PostgresFact]
    public async Task Workers_Reconnect_WhenPostgreSqlRestartsWhileJobsRun()
    {
        using var database = new TestDatabase();
        await using var deployment = await Deployment.StartAsync(database.ConnectionString, workers: 2, threadsPerWorker: 2, TimeSpan.FromSeconds(15));
        var jobs = await RequestMatricesAsync(deployment, sources: 10);
        var restarted = false;

        var states = await deployment.WaitAllAsync(jobs.Keys, Patience, async finished =>
        {
            if (!restarted && finished >= 4)
            {
                restarted = true;
                TestPostgres.Restart();
            }
            await Task.CompletedTask;
        });

        Assert.True(restarted);
        Assert.All(states.Values, state => Assert.Equal("succeeded", state));
        Assert.All(deployment.Workers, worker => Assert.False(worker.HasExited, worker.Log));
        AssertEveryMatrixPublishedWhole(database, jobs.Values);
    }

    /// <summary>Registers <paramref name="sources"/> sources and requests the Excel matrix of every profile of each; job id → (source, path).</summary>
    private static async Task<Dictionary<string, (string Source, string Path)>> RequestMatricesAsync(Deployment deployment, int sources)
    {
        var ids = Enumerable.Range(1, sources).Select(i => $"country-{i:00}").ToList();
        foreach (var id in ids) await deployment.RegisterAsync(id);
        var jobs = new Dictionary<string, (string, string)>();
        foreach (var id in ids)
            foreach (var profile in Profiles)
                jobs[await deployment.RequestAsync(id, profile, "excel-matrix")] = (id, $"{profile}/matrix.xlsx");
        return jobs;
    }

    private static void AssertEveryMatrixPublishedWhole(TestDatabase database, IEnumerable<(string Source, string Path)> expected)
    {
        var published = SharedDatabaseAudit.Published(database.ConnectionString);
        Assert.Equal(expected.Order().ToList(), published.Select(p => (p.SourceId, p.Path)).Order().ToList());
        Assert.All(published, artifact =>
        {
            Assert.Equal(artifact.ListedBytes, artifact.Content.Length);
            Assert.Equal(artifact.ListedSha256, artifact.ActualSha256);
            using var workbook = new XLWorkbook(new MemoryStream(artifact.Content));
            Assert.NotEmpty(workbook.Worksheets);
        });
    }

    private static async Task AssertServedFromTheDatabaseAsync(Deployment deployment, TestDatabase database)
    {
        var artifact = SharedDatabaseAudit.Published(database.ConnectionString)[0];
        var served = await deployment.Client.GetByteArrayAsync($"/outputs/{artifact.SourceId}/{artifact.Path}");
        Assert.Equal(artifact.Content, served);
    }
}
