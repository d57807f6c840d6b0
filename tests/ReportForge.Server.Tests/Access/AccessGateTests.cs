using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace ReportForge.Server.Tests.Access;

/// <summary>
/// "Not this machine" is simulated honestly: the client's socket is bound to 127.0.0.2, a different
/// address than the 127.0.0.1 / ::1 the server treats as local, so the server sees a foreign peer.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class AccessGateTests
{
    private static readonly IPAddress Elsewhere = IPAddress.Parse("127.0.0.2");

    [Theory]
    [InlineData("/hangfire/briefs")]
    [InlineData("/api/sources")]
    [InlineData("/outputs/kazakhstan-2010/full/brief.pdf")]
    public async Task RequestFromAnotherAddress_IsRefused_WithoutCredentialsConfigured(string path)
    {
        await using var server = await ServerHost.StartAsync();
        using var remote = server.ClientFrom(Elsewhere);

        var response = await remote.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("only requests from this machine", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RequestForwardedByAProxy_IsRefused_EvenOverLoopback()
    {
        await using var server = await ServerHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/sources");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Health_AnswersEveryone()
    {
        await using var server = await ServerHost.StartAsync();
        using var remote = server.ClientFrom(Elsewhere);

        Assert.Equal(HttpStatusCode.OK, (await remote.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task ConfiguredCredentials_LetRemoteRequestsIn_AndAreRequiredOfEveryone()
    {
        await using var server = await ServerHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["ReportForge:Access:Username"] = "advocate",
            ["ReportForge:Access:Password"] = "s3cret",
            ["ReportForge:Access:ApiKey"] = "key-123",
        });
        using var remote = server.ClientFrom(Elsewhere);

        var anonymous = await remote.GetAsync("/api/sources");
        var localAnonymous = await server.Client.GetAsync("/api/sources");
        var wrong = await Send(remote, "/api/sources", basic: "advocate:guess");
        var basic = await Send(remote, "/hangfire/briefs", basic: "advocate:s3cret");
        var apiKey = await Send(remote, "/api/sources", apiKey: "key-123");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Basic", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, localAnonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, basic.StatusCode);
        Assert.Equal(HttpStatusCode.OK, apiKey.StatusCode);
    }

    [Fact]
    public async Task CrossSitePost_ToTheApi_IsRefused()
    {
        await using var server = await ServerHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/briefs") { Content = JsonContent.Create(new { source = "kazakhstan-2010" }) };
        request.Headers.Add("Origin", "https://evil.example");

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string path, string? basic = null, string? apiKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (basic is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(basic)));
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        return client.SendAsync(request);
    }

    [Theory]
    [InlineData("/api/sources")]
    [InlineData("/hangfire/briefs")]
    [InlineData("/outputs/kazakhstan-2010/full/brief.pdf")]
    public async Task RequestForAnotherHostName_IsRefused_EvenFromThisMachine(string path)
    {
        await using var server = await ServerHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = $"rebound.example:{server.BaseAddress.Port}";

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.Contains("does not answer for that host name", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    [InlineData("LOCALHOST")]
    [InlineData("reports.internal")]
    public async Task RequestForALoopbackOrConfiguredHostName_IsAnswered(string host)
    {
        await using var server = await ServerHost.StartAsync(settings: new Dictionary<string, string?> { ["ReportForge:Access:AllowedHosts"] = "reports.internal" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/sources");
        request.Headers.Host = $"{host}:{server.BaseAddress.Port}";

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
