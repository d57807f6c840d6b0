using System.Net;

namespace ReportForge.Server.Tests.Downloads;

[Collection(ServerCollection.Name)]
public sealed class DownloadsEndpointTests
{
    [Theory]
    [InlineData("/outputs/kazakhstan-2010/..%2F.registry%2Fsources%2Findex.json")]
    [InlineData("/outputs/kazakhstan-2010/%2e%2e/.registry/sources/index.json")]
    [InlineData("/outputs/.registry/sources/index.json")]
    [InlineData("/outputs/kazakhstan-2010/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/outputs/kazakhstan-2010/full/brief.pdf.0123abcd.partial")]
    [InlineData("/outputs/kazakhstan-2010/.manifest.lock")]
    [InlineData("/outputs/kazakhstan-2010/manifest.json")]
    public async Task Download_IsRefused_ForAnythingTheManifestDoesNotList(string path)
    {
        await using var server = await ServerHost.StartAsync();
        var status = await server.WaitForAsync(await server.RequestBriefAsync(new { source = "kazakhstan-2010", profiles = new[] { "full" }, kinds = new[] { "pdf-brief" } }));
        Assert.Equal("succeeded", status.GetProperty("state").GetString());
        File.WriteAllText(Path.Combine(server.OutputRoot, "kazakhstan-2010", "full", "brief.pdf.0123abcd.partial"), "half written");

        var response = await server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/outputs/kazakhstan-2010/full/brief.pdf")).StatusCode);
    }
}
