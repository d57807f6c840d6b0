using System.Diagnostics;
using System.Globalization;
using ReportForge.Server.Tests.Deployment;
using ReportForge.Storage.Tests.TestSupport;

namespace ReportForge.Benchmarks.Jobs;

/// <summary>
/// Jobs per second with 1, 2 and 4 <c>reportforge worker</c> processes (one job at a time each) on one
/// PostgreSQL database, behind one server that runs no jobs itself: 100 forced Excel-matrix requests
/// over 25 sources, 300 jobs (plan, render, publish), from the first request to the last publish.
/// Needs <c>REPORTFORGE_TEST_POSTGRES</c> (<c>eval "$(.ci/postgres.sh start)"</c>).
/// Run: <c>dotnet run -c Release --project tests/ReportForge.Benchmarks -- workers 1 2 4</c>.
/// </summary>
internal static class WorkerThroughput
{
    private static readonly string[] Profiles = ["full", "justice-and-detention", "children", "amnesty-international"];
    private const int Sources = 25;

    public static async Task<int> RunAsync(IEnumerable<int> workerCounts)
    {
        Console.WriteLine($"{"workers",7} {"jobs",5} {"seconds",8} {"jobs/s",7}");
        foreach (var workers in workerCounts)
        {
            using var database = new TestDatabase();
            await using var deployment = await Deployment.StartAsync(database.ConnectionString, workers, threadsPerWorker: 1, TimeSpan.FromMinutes(5));
            var sources = Enumerable.Range(1, Sources).Select(i => $"country-{i:00}").ToList();
            foreach (var source in sources) await deployment.RegisterAsync(source);
            await WarmUpAsync(deployment, workers);

            var clock = Stopwatch.StartNew();
            var jobs = new List<string>();
            foreach (var source in sources)
                foreach (var profile in Profiles)
                    jobs.Add(await deployment.RequestAsync(source, profile, "excel-matrix"));
            var states = await deployment.WaitAllAsync(jobs, TimeSpan.FromMinutes(20));
            clock.Stop();

            if (states.Values.Any(s => s != "succeeded")) throw new InvalidOperationException("a request failed");
            var count = jobs.Count * 3;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{workers,7} {count,5} {clock.Elapsed.TotalSeconds,8:0.0} {count / clock.Elapsed.TotalSeconds,7:0.0}"));
        }
        return 0;
    }

    /// <summary>A first request per worker, so start-up (JIT, fonts, first connection) is not counted.</summary>
    private static async Task WarmUpAsync(Deployment deployment, int workers)
    {
        var jobs = new List<string>();
        for (var i = 0; i < workers * 2; i++) jobs.Add(await deployment.RequestAsync("country-01", Profiles[i % Profiles.Length], "excel-matrix"));
        await deployment.WaitAllAsync(jobs, TimeSpan.FromMinutes(5));
    }
}
