using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Builder;
using ReportForge.Server;

namespace ReportForge.Benchmarks.Jobs;

/// <summary>
/// 200 brief requests posted at once to a real server (loopback, Hangfire.InMemory, one worker per
/// core, the shipped parser and renderers); each is forced so every one renders. Checks that every
/// request succeeds exactly once and prints the counts beside the time.
/// Run: <c>dotnet run -c Release --project tests/ReportForge.Benchmarks -- --filter '*BriefBurst*'</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class BriefBurstBenchmark
{
    private const int Requests = 200;
    private string _output = "";
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    [GlobalSetup]
    public void Start()
    {
        _output = Directory.CreateTempSubdirectory("reportforge-burst-").FullName;
        _app = ReportForgeServer.Build([], new ServerComposition
        {
            Settings = new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["ReportForge:OutputRoot"] = _output,
                ["ReportForge:RegenerateOnStart"] = "false",
            },
        });
        _app.StartAsync().GetAwaiter().GetResult();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    [GlobalCleanup]
    public void Stop()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        Directory.Delete(_output, recursive: true);
    }

    [Benchmark]
    public async Task TwoHundredBriefRequestsAtOnce()
    {
        string[] profiles = ["full", "justice-and-detention", "children", "amnesty-international"];
        var clock = Stopwatch.StartNew();
        var jobs = await Task.WhenAll(Enumerable.Range(0, Requests).Select(async i =>
        {
            var response = await _client.PostAsJsonAsync("/api/briefs", new { source = "kazakhstan-2010", profiles = new[] { profiles[i % 4] }, kinds = new[] { "excel-matrix" }, force = true });
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        }));
        var queued = clock.Elapsed;
        var states = await Task.WhenAll(jobs.Select(WaitAsync));
        var succeeded = states.Count(s => s == "succeeded");
        Console.WriteLine($"// {Requests} requests: {jobs.Distinct().Count()} distinct jobs, {succeeded} succeeded, {states.Length - succeeded} not; queued in {queued.TotalSeconds:0.00} s, all finished in {clock.Elapsed.TotalSeconds:0.00} s");
        if (succeeded != Requests || jobs.Distinct().Count() != Requests) throw new InvalidOperationException("requests were lost or duplicated");
    }

    private async Task<string> WaitAsync(string jobId)
    {
        while (true)
        {
            var status = await _client.GetFromJsonAsync<JsonElement>($"/api/jobs/{jobId}");
            if (status.TryGetProperty("state", out var s) && s.GetString() is "succeeded" or "failed") return s.GetString()!;
            await Task.Delay(200);
        }
    }
}
