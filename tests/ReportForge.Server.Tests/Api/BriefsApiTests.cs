using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Tests.Fakes;
using UglyToad.PdfPig;

namespace ReportForge.Server.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class BriefsApiTests
{
    [Fact]
    public async Task PostBrief_Returns202_WithTheJobId()
    {
        await using var server = await ServerHost.StartAsync();

        var response = await server.Client.PostAsJsonAsync("/api/briefs", new { source = "kazakhstan-2010", profiles = new[] { "justice-and-detention" } });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var jobId = body.GetProperty("jobId").GetString();
        Assert.False(string.IsNullOrEmpty(jobId));
        Assert.Equal($"/api/requests/{body.GetProperty("requestId").GetString()}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task RequestedBrief_Succeeds_AndItsArtifactsDownloadIntact()
    {
        await using var server = await ServerHost.StartAsync();

        var jobId = await server.RequestBriefAsync(new { source = "kazakhstan-2010", profiles = new[] { "justice-and-detention" } });
        var status = await server.WaitForAsync(jobId);

        Assert.Equal("succeeded", status.GetProperty("state").GetString());
        Assert.Equal("Succeeded", status.GetProperty("jobState").GetString());
        var manifest = ManifestFile.Read(Path.Combine(server.OutputRoot, "kazakhstan-2010"))!;
        var artifacts = status.GetProperty("artifacts").EnumerateArray().ToList();
        Assert.Equal(3, artifacts.Count);
        foreach (var artifact in artifacts)
        {
            var bytes = await server.Client.GetByteArrayAsync(artifact.GetProperty("url").GetString());
            var entry = manifest.Artifacts.Single(a => a.Path == artifact.GetProperty("path").GetString());
            Assert.Equal(entry.Bytes, bytes.Length);
            Assert.Equal(entry.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
        var pdf = await server.Client.GetAsync("/outputs/kazakhstan-2010/justice-and-detention/brief.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, document.NumberOfPages);
        Assert.Equal("Justice and detention brief: Kazakhstan", document.Information.Title);
    }

    [Fact]
    public async Task AdHocSelection_RendersOnlyTheChosenThemes()
    {
        await using var server = await ServerHost.StartAsync([new FakeThemeRenderer()]);

        var jobId = await server.RequestBriefAsync(new { source = "kazakhstan-2010", themes = new[] { "II.B.3" }, kinds = new[] { "word-brief" } });
        var status = await server.WaitForAsync(jobId);

        var paths = status.GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("path").GetString()).ToList();
        Assert.Single(paths);
        Assert.Matches("^selection-[0-9a-f]{8}/word/administration-of-justice.txt$", paths[0]);
    }

    [Fact]
    public async Task PostBrief_Returns400_WithTheReason_ForAnUnknownProfile()
    {
        await using var server = await ServerHost.StartAsync();

        var response = await server.Client.PostAsJsonAsync("/api/briefs", new { source = "kazakhstan-2010", profiles = new[] { "ministry-of-magic" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString();
        Assert.Contains("no profile named 'ministry-of-magic'", error);
    }

    [Fact]
    public async Task PostBrief_Returns400_ForAnUnknownSource()
    {
        await using var server = await ServerHost.StartAsync();

        var response = await server.Client.PostAsJsonAsync("/api/briefs", new { source = "atlantis-2030" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no registered source 'atlantis-2030'", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FailingArtifact_FailsTheRequest_WithItsMessage_AndPublishesNothing()
    {
        await using var server = await ServerHost.StartAsync([new FakePdfRenderer(), new FakeThemeRenderer(Fault.BadInput("administration-of-justice"))]);

        var status = await server.WaitForAsync(await server.RequestBriefAsync(new { source = "kazakhstan-2010", profiles = new[] { "justice-and-detention" } }));

        Assert.Equal("failed", status.GetProperty("state").GetString());
        Assert.Equal("summary.txt:12: the theme's text is cut short", status.GetProperty("error").GetString());
        Assert.Empty(status.GetProperty("artifacts").EnumerateArray());
        Assert.Empty(server.PublishedFiles());
        await Eventually(() => !Directory.Exists(Path.Combine(server.OutputRoot, ".registry", "staging")) ||
            !Directory.EnumerateFileSystemEntries(Path.Combine(server.OutputRoot, ".registry", "staging")).Any());
        Assert.Empty(Directory.EnumerateFiles(server.OutputRoot, "*" + AtomicFile.TemporarySuffix, SearchOption.AllDirectories));
    }

    [Fact]
    public async Task TransientFault_IsRetried_AndTheRequestSucceeds()
    {
        var pdf = new FakePdfRenderer(Fault.Transient("brief.pdf", times: 1));
        await using var server = await ServerHost.StartAsync([pdf]);

        var status = await server.WaitForAsync(await server.RequestBriefAsync(new { source = "kazakhstan-2010", profiles = new[] { "justice-and-detention" } }));

        Assert.Equal("succeeded", status.GetProperty("state").GetString());
        Assert.Equal(2, pdf.Calls);
    }

    [Fact]
    public async Task GetJob_Returns404_ForAnUnknownJob()
    {
        await using var server = await ServerHost.StartAsync();

        var response = await server.Client.GetAsync("/api/jobs/no-such-job");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ManyRequestsAtOnce_AllSucceed_WithNothingLostOrDuplicated()
    {
        var pdf = new FakePdfRenderer();
        await using var server = await ServerHost.StartAsync([pdf]);
        string[] profiles = ["full", "justice-and-detention", "children", "amnesty-international"];

        var jobIds = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            server.RequestBriefAsync(new { source = "kazakhstan-2010", profiles = new[] { profiles[i % 4] }, force = true })));
        var statuses = await Task.WhenAll(jobIds.Select(server.WaitForAsync));

        Assert.Equal(24, jobIds.Distinct().Count());
        Assert.All(statuses, s => Assert.Equal("succeeded", s.GetProperty("state").GetString()));
        Assert.Equal(24, statuses.Select(s => s.GetProperty("requestId").GetString()).Distinct().Count());
        Assert.Equal(24, pdf.Calls); // forced: each request renders its one file exactly once
        var manifest = ManifestFile.Read(Path.Combine(server.OutputRoot, "kazakhstan-2010"))!;
        Assert.Equal(profiles.Select(p => p + "/brief.pdf").Order(StringComparer.Ordinal), manifest.Artifacts.Select(a => a.Path));
    }

    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 50 && !condition(); i++) await Task.Delay(100);
        Assert.True(condition());
    }
}
