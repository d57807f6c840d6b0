using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ReportForge.Server.Tests.Api;

/// <summary><c>POST /api/briefs</c> refuses what it does not understand instead of guessing.</summary>
[Collection(ServerCollection.Name)]
public sealed class StrictJsonBodyTests
{
    [Theory]
    [InlineData("""{"source":"kazakhstan-2010","profile":["full"],"kind":["pdf-brief"]}""",
        "request body: unknown fields 'profile', 'kind'; the fields are source, profiles, themes, stakeholders, groups, kinds, datasets, force")]
    [InlineData("{\"source\":\"kazakhstan-2010\",\n  \"profiles\":[\"full\"]", "request body: malformed JSON at line 2, column 22")]
    [InlineData("""{"source":"kazakhstan-2010","profiles":"full"}""", "request body: 'profiles' has the wrong type: expected a list of strings")]
    [InlineData("""["kazakhstan-2010"]""", "request body: must be a JSON object with the fields source, profiles, themes, stakeholders, groups, kinds, datasets, force")]
    [InlineData("", "request body: is empty; send a JSON object")]
    public async Task PostBrief_Answers400NamingTheProblem_AndQueuesNothing(string json, string error)
    {
        await using var server = await ServerHost.StartAsync();

        var response = await server.Client.PostAsync("/api/briefs", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(error, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.False(Directory.Exists(Path.Combine(server.OutputRoot, ".registry", "requests"))
            && Directory.EnumerateFiles(Path.Combine(server.OutputRoot, ".registry", "requests")).Any());
    }

    [Fact]
    public async Task PostBrief_NamesAnUnknownProfile_WithoutTheServersPaths()
    {
        await using var server = await ServerHost.StartAsync();

        var response = await server.Client.PostAsJsonAsync("/api/briefs", new { source = "kazakhstan-2010", profiles = new[] { "nope" } });

        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("profiles: no profile named 'nope'; available: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("/", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostBrief_AcceptsFieldsInAnyCase()
    {
        await using var server = await ServerHost.StartAsync();

        var response = await server.Client.PostAsync("/api/briefs",
            new StringContent("""{"Source":"kazakhstan-2010","Profiles":["justice-and-detention"],"Force":true}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}
