using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Npgsql;
using ReportForge.Storage.Tests.TestSupport;
using ReportForge.Server.Hosting;

namespace ReportForge.Server.Tests.Deployment;

/// <summary>The API while PostgreSQL restarts: every read answered, 503 with the reason at worst, never a 500.</summary>
[Collection(ServerCollection.Name)]
public sealed class StoreOutageTests
{
    [PostgresFact]
    public async Task ApiReads_AreAnsweredOr503WithAReason_WhilePostgreSqlRestarts()
    {
        using var database = new TestDatabase();
        await using var deployment = await Deployment.StartAsync(database.ConnectionString, workers: 0, threadsPerWorker: 1, TimeSpan.FromMinutes(5));
        await deployment.RegisterAsync("country-01");
        var jobId = await deployment.RequestAsync("country-01", "full", "excel-matrix");
        var statuses = new List<HttpStatusCode>();

        var restart = Task.Run(TestPostgres.Restart);
        while (!restart.IsCompleted || statuses.Count(s => s == HttpStatusCode.OK) < 3)
        {
            var response = await deployment.Client.GetAsync($"/api/jobs/{jobId}");
            statuses.Add(response.StatusCode);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                Assert.Equal(StoreOutage.Message, body.GetProperty("error").GetString());
                Assert.NotNull(response.Headers.RetryAfter);
            }
            Assert.True(statuses.Count < 2000, "no read succeeded after the restart");
            await Task.Delay(50);
        }
        await restart;

        Assert.Equal(HttpStatusCode.OK, statuses[^1]);
    }

    [Fact]
    public void IsOutage_FindsALostConnection_InsideWhatHangfireWraps()
    {
        var lost = new InvalidOperationException("storage failed", new NpgsqlException("Exception while reading from stream", new SocketException()));

        Assert.True(StoreOutage.IsOutage(lost));
        Assert.False(StoreOutage.IsOutage(new InvalidOperationException("a bug")));
    }
}
