using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;

namespace ReportForge.Server.Tests.Deployment;

/// <summary>
/// One deployment on one PostgreSQL database: a server (dashboard and API, on loopback, running no jobs
/// itself) and worker processes that share its queue, with the shipped parser and renderers.
/// </summary>
internal sealed class Deployment : IAsyncDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("reportforge-server-").FullName;
    private readonly List<WorkerProcess> _workers = [];
    private WebApplication _server = null!;

    private Deployment(string connectionString, TimeSpan invisibilityTimeout)
    {
        ConnectionString = connectionString;
        InvisibilityTimeout = invisibilityTimeout;
    }

    public string ConnectionString { get; }
    public TimeSpan InvisibilityTimeout { get; }
    public HttpClient Client { get; private set; } = null!;
    public IReadOnlyList<WorkerProcess> Workers => _workers;

    public static async Task<Deployment> StartAsync(string connectionString, int workers, int threadsPerWorker, TimeSpan invisibilityTimeout)
    {
        var deployment = new Deployment(connectionString, invisibilityTimeout);
        deployment._server = BuildServer(connectionString, deployment._output);
        await deployment._server.StartAsync();
        deployment.Client = new HttpClient { BaseAddress = new Uri(deployment._server.Urls.Single()) };
        for (var i = 0; i < workers; i++) deployment.AddWorker(threadsPerWorker);
        return deployment;
    }

    /// <summary>The server's services (its job client, its workspace).</summary>
    public IServiceProvider Services => _server.Services;

    /// <summary>A server on loopback that runs no jobs itself, on the shared database.</summary>
    public static WebApplication BuildServer(string connectionString, string outputRoot) =>
        ReportForgeServer.Build([], new ServerComposition
        {
            Settings = new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["ReportForge:OutputRoot"] = outputRoot,
                ["ReportForge:Templates"] = Path.Combine(AppContext.BaseDirectory, "templates"),
                ["ReportForge:Storage"] = "PostgreSql",
                ["ReportForge:PostgreSql:ConnectionString"] = connectionString,
                ["ReportForge:WorkerCount"] = "0",
                ["ReportForge:RegenerateOnStart"] = "false",
                ["ReportForge:RegenerationCron"] = "0 0 1 1 *", // never during a run
                ["Logging:LogLevel:Default"] = "Warning",
            },
        });

    public WorkerProcess AddWorker(int threads)
    {
        var worker = WorkerProcess.Start(ConnectionString, threads, InvisibilityTimeout);
        _workers.Add(worker);
        return worker;
    }

    /// <summary>Registers the shipped sample text again under <paramref name="sourceId"/> (another country, as far as the jobs can tell).</summary>
    public async Task RegisterAsync(string sourceId)
    {
        var sample = Path.Combine(AppContext.BaseDirectory, "templates", "samples", "kazakhstan-2010.txt");
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(await File.ReadAllBytesAsync(sample)), "file", sourceId + ".txt" },
            { new StringContent(sourceId), "id" },
        };
        var response = await Client.PostAsync("/api/sources", form);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"registering {sourceId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Requests one kind of file for one profile of one source; returns the job id.</summary>
    public async Task<string> RequestAsync(string sourceId, string profile, string kind)
    {
        var response = await Client.PostAsJsonAsync("/api/briefs", new { source = sourceId, profiles = new[] { profile }, kinds = new[] { kind }, force = true });
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"requesting {sourceId}/{profile}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
    }

    /// <summary>
    /// Polls <c>/api/jobs/{id}</c> until every request is finished; the state of each ("succeeded" or "failed").
    /// A server that cannot reach the database for a moment answers 500: asked again later.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> WaitAllAsync(IEnumerable<string> jobIds, TimeSpan timeout, Func<int, Task>? onProgress = null)
    {
        var pending = jobIds.ToHashSet();
        var finished = new Dictionary<string, string>();
        var deadline = DateTime.UtcNow + timeout;
        while (pending.Count > 0)
        {
            foreach (var id in pending.ToList())
            {
                var response = await Client.GetAsync($"/api/jobs/{id}");
                if (!response.IsSuccessStatusCode) continue;
                var status = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (status.TryGetProperty("state", out var state) && state.GetString() is "succeeded" or "failed")
                {
                    finished[id] = state.GetString()!;
                    pending.Remove(id);
                }
            }
            if (onProgress is not null) await onProgress(finished.Count);
            if (pending.Count == 0) break;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{pending.Count} requests did not finish: {string.Join(", ", pending)}\n{Diagnosis()}");
            await Task.Delay(TimeSpan.FromSeconds(1)); // polling is work too: leave the cores to the workers
        }
        return finished;
    }

    /// <summary>
    /// Waits until every Hangfire job is in a final state. A request can succeed while a job of a
    /// killed worker still shows Processing: it only reaches its end once another worker takes it
    /// again, after the invisibility timeout.
    /// </summary>
    public async Task WaitForJobsToSettleAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (SharedDatabaseAudit.Unfinished(ConnectionString).Count > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"jobs did not reach a final state\n{Diagnosis()}");
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>What a failed wait prints: the jobs not yet finished and what each worker logged.</summary>
    private string Diagnosis() =>
        $"unfinished jobs (id | state | state data | job | queue | fetched at):\n{string.Join("\n", SharedDatabaseAudit.Unfinished(ConnectionString))}\n" +
        $"connections, locks and servers:\n{string.Join("\n", SharedDatabaseAudit.Activity(ConnectionString))}\n" +
        $"worker logs:\n{string.Join("\n---\n", _workers.Select(w => w.Log))}";

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers) worker.Dispose();
        Client.Dispose();
        await _server.StopAsync();
        await _server.DisposeAsync();
        Directory.Delete(_output, recursive: true);
    }
}
