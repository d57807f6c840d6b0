using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace ReportForge.Cli.Tests.Commands;

/// <summary>
/// A real <c>reportforge serve</c> process (in-memory job store) killed while it renders a request,
/// then started again on the same output folder: the request is not left "rendering" forever.
/// </summary>
public sealed class ServeRestartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reportforge-serve-").FullName;
    private readonly int _port = FreePort();
    private Process? _server;

    public void Dispose()
    {
        Stop();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ARequestCutShortByAKill_IsMarkedFailedWithTheReason_AndItsStagedFilesRemoved()
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}") };
        await StartAsync(client);
        var posted = await client.PostAsJsonAsync("/api/briefs", new { source = "kazakhstan-2010", profiles = new[] { "full" }, force = true });
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var requestId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requestId").GetString()!;
        var staging = Path.Combine(_folder, "out", ".registry", "staging", requestId);

        var during = await PollAsync(client, requestId, s => s.GetProperty("state").GetString() == "rendering" && s.GetProperty("completed").GetInt32() > 0);
        Assert.True(during.GetProperty("total").GetInt32() > during.GetProperty("completed").GetInt32());
        Stop();
        Assert.True(Directory.Exists(staging));

        await StartAsync(client);
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/requests/{requestId}");

        Assert.Equal("failed", after.GetProperty("state").GetString());
        Assert.Equal("the server stopped before this request finished; request the brief again", after.GetProperty("error").GetString());
        Assert.False(Directory.Exists(staging));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/requests/no-such-request")).StatusCode);
    }

    private async Task StartAsync(HttpClient client)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "reportforge.dll"), "serve", "--urls", $"http://127.0.0.1:{_port}",
                     "--out", "out", "--ReportForge:RegenerateOnStart=false", "--ReportForge:WorkerCount=1" })
            start.ArgumentList.Add(a);
        _server = Process.Start(start)!;
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        for (var attempt = 0; attempt < 240; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("reportforge serve did not start");
    }

    private static async Task<JsonElement> PollAsync(HttpClient client, string requestId, Func<JsonElement, bool> until)
    {
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            var status = await client.GetFromJsonAsync<JsonElement>($"/api/requests/{requestId}");
            if (until(status)) return status;
            Assert.NotEqual("succeeded", status.GetProperty("state").GetString());
            await Task.Delay(50);
        }
        throw new TimeoutException("the request never started rendering");
    }

    private void Stop()
    {
        if (_server is null) return;
        if (!_server.HasExited) _server.Kill(entireProcessTree: true);
        _server.WaitForExit();
        _server.Dispose();
        _server = null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
