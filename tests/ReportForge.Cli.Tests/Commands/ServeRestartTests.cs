using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace ReportForge.Cli.Tests.Commands;

/// <summary>
/// A real <c>reportforge serve</c> process (in-memory job store) killed while it renders a request,
/// then started again on the same output folder: the request is resumed and finishes.
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
    public async Task ARequestCutShortByAKill_IsResumedAtTheNextStart_AndSucceedsWithTheFilesItHadStaged()
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}") };
        await StartAsync(client);
        var posted = await client.PostAsJsonAsync("/api/briefs", new { source = "kazakhstan-2010", profiles = new[] { "full" }, force = true });
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var requestId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requestId").GetString()!;
        var staging = Path.Combine(_folder, "out", ".registry", "staging", requestId);

        var during = await PollAsync(client, requestId, s => s.GetProperty("state").GetString() == "rendering" && s.GetProperty("completed").GetInt32() > 0);
        var total = during.GetProperty("total").GetInt32();
        Assert.True(total > during.GetProperty("completed").GetInt32());
        Stop();
        var staged = StagedFiles(staging);
        Assert.NotEmpty(staged);

        await StartAsync(client);
        var after = await PollAsync(client, requestId, s => s.GetProperty("state").GetString() is "succeeded" or "failed");

        Assert.Equal("succeeded", after.GetProperty("state").GetString());
        var artifacts = after.GetProperty("artifacts").EnumerateArray().ToList();
        Assert.Equal(total, artifacts.Count);
        foreach (var artifact in artifacts)
        {
            using var download = await client.GetAsync(artifact.GetProperty("url").GetString());
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(artifact.GetProperty("bytes").GetInt64(), (await download.Content.ReadAsByteArrayAsync()).LongLength);
        }
        // what was staged before the kill was published as it was (moved, so its write time is kept), not rendered again
        foreach (var (path, written) in staged)
            Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(_folder, "out", "kazakhstan-2010", path)));
        Assert.False(Directory.Exists(staging));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/requests/no-such-request")).StatusCode);
    }

    /// <summary>The files a request had staged completely (each has its entry), by path, with their write time.</summary>
    private static List<(string Path, DateTime Written)> StagedFiles(string staging) =>
        Directory.EnumerateFiles(Path.Combine(staging, "entries"), "*.json")
            .Select(entry => JsonDocument.Parse(File.ReadAllBytes(entry)).RootElement.GetProperty("path").GetString()!)
            .Select(path => (path, File.GetLastWriteTimeUtc(Path.Combine(staging, "files", path))))
            .ToList();

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
        for (var attempt = 0; attempt < 3600; attempt++)
        {
            var status = await client.GetFromJsonAsync<JsonElement>($"/api/requests/{requestId}");
            if (until(status)) return status;
            await Task.Delay(50);
        }
        throw new TimeoutException("the request never reached the state awaited");
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
