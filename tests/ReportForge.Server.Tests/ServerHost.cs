using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Tests.Fakes;

namespace ReportForge.Server.Tests;

/// <summary>
/// A real server on a loopback port (Kestrel on 127.0.0.1, port 0) with Hangfire.InMemory, the fake
/// parser and fake renderers, in a temp output folder.
/// </summary>
internal sealed class ServerHost : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private WebApplication? _app;

    private ServerHost()
    {
    }

    public WebApplication App => _app!;
    public Uri BaseAddress { get; private set; } = null!;
    public string OutputRoot => _folder.Path;
    public HttpClient Client { get; private set; } = null!;

    /// <summary>A server with the shipped parser and every renderer in <see cref="RendererCatalog"/>.</summary>
    public static Task<ServerHost> StartShippedAsync() => StartAsync(settings: null, shipped: true);

    public static async Task<ServerHost> StartAsync(IReadOnlyList<IArtifactRenderer>? renderers = null, IDictionary<string, string?>? settings = null, bool shipped = false)
    {
        var host = new ServerHost();
        var all = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["ReportForge:OutputRoot"] = host._folder.Path,
            ["ReportForge:Templates"] = Path.Combine(AppContext.BaseDirectory, "templates"),
            ["ReportForge:RegenerateOnStart"] = "false",
            ["ReportForge:WorkerCount"] = "4",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        host._app = ReportForgeServer.Build([], shipped
            ? new ServerComposition { Settings = all }
            : new ServerComposition
            {
                Settings = all,
                Pipeline = templates => new ExportPipeline(templates, renderers ?? [new FakePdfRenderer(), new FakeThemeRenderer()]),
                LoadSource = FakeSummaries.Load,
            });
        await host._app.StartAsync();
        host.BaseAddress = new Uri(host._app.Urls.Single());
        host.Client = new HttpClient { BaseAddress = host.BaseAddress };
        return host;
    }

    /// <summary>A client whose connections come from <paramref name="address"/> (another loopback address: not "this machine").</summary>
    public HttpClient ClientFrom(IPAddress address)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(address, 0));
                await socket.ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        return new HttpClient(handler) { BaseAddress = BaseAddress };
    }

    /// <summary>Posts a brief request and returns the job id.</summary>
    public async Task<string> RequestBriefAsync(object body)
    {
        var response = await Client.PostAsJsonAsync("/api/briefs", body);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
    }

    /// <summary>Polls <c>/api/jobs/{id}</c> until the request is finished.</summary>
    public async Task<JsonElement> WaitForAsync(string jobId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var status = await Client.GetFromJsonAsync<JsonElement>($"/api/jobs/{jobId}");
            var state = status.TryGetProperty("state", out var s) ? s.GetString() : null;
            if (state is "succeeded" or "failed") return status;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"job {jobId} did not finish: {status}");
            await Task.Delay(100);
        }
    }

    /// <summary>Every file under the output folder, relative, excluding the registry and lock files.</summary>
    public IReadOnlyList<string> PublishedFiles() =>
        Directory.EnumerateFiles(OutputRoot, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(OutputRoot, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".registry/", StringComparison.Ordinal) && !f.EndsWith(".lock", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _folder.Dispose();
    }
}

/// <summary>Servers share Hangfire's process-wide dashboard tables: their tests run one class at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServerCollection
{
    public const string Name = "server";
}
