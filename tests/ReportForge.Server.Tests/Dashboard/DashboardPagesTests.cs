using System.Net;
using System.Text.RegularExpressions;

namespace ReportForge.Server.Tests.Dashboard;

[Collection(ServerCollection.Name)]
public sealed class DashboardPagesTests
{
    [Fact]
    public async Task BriefsPage_OffersTheSourcesProfilesThemesAndFormats_InAFormWithAnAntiforgeryToken()
    {
        await using var server = await ServerHost.StartAsync();

        var html = await server.Client.GetStringAsync("/hangfire/briefs");

        Assert.Contains("<option value=\"kazakhstan-2010\" selected>", html);
        Assert.Contains("value=\"justice-and-detention\"", html);
        Assert.Contains("value=\"II.B.3\"", html);
        Assert.Contains("value=\"pdf-matrix\"", html);
        Assert.Matches("name=\"__RequestVerificationToken\" value=\"[^\"]+\"", html);
        Assert.Contains("href=\"/hangfire/outputs\"", html); // the menu items
    }

    [Fact]
    public async Task BriefForm_WithoutTheAntiforgeryToken_IsRefused()
    {
        await using var server = await ServerHost.StartAsync();

        var response = await server.Client.PostAsync("/hangfire/briefs/request", new FormUrlEncodedContent(
            [new("source", "kazakhstan-2010"), new("profiles", "full")]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task UploadForm_ShowsTheParseError_AndRegistersNothing()
    {
        await using var server = await ServerHost.StartAsync();
        var page = await server.Client.GetStringAsync("/hangfire/briefs");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("not a summary"u8.ToArray()), "file", "notes.txt" },
        };

        var response = await server.Client.PostAsync("/hangfire/briefs/upload", form);
        var shown = await server.Client.GetStringAsync(response.Headers.Location ?? response.RequestMessage!.RequestUri);

        Assert.Contains("notes.txt:1:1: this is not a summary of stakeholders&#39; information", shown);
        Assert.Single(await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement[]>(server.Client, "/api/sources") ?? []);
    }

    [Fact]
    public async Task UploadForm_OverTheLimit_GetsTheFormBackWithAMessage_NotABlankError()
    {
        await using var server = await ServerHost.StartAsync();
        var page = await server.Client.GetStringAsync("/hangfire/briefs");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[3 * 1024 * 1024]), "file", "huge.txt" },
        };

        var response = await server.Client.PostAsync("/hangfire/briefs/upload", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.Content.ReadAsStringAsync();
        Assert.Contains("the upload is larger than the 2048 KiB a summary may have", shown);
        Assert.Contains("name=\"__RequestVerificationToken\"", shown); // the form, ready for another file
        Assert.Single(await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement[]>(server.Client, "/api/sources") ?? []);
    }

    [Fact]
    public async Task OutputsPage_ListsEveryPublishedFile_WithItsDownloadLink()
    {
        await using var server = await ServerHost.StartAsync();
        await server.WaitForAsync(await server.RequestBriefAsync(new { source = "kazakhstan-2010", profiles = new[] { "children" } }));

        var html = await server.Client.GetStringAsync("/hangfire/outputs");

        Assert.Contains("href=\"/outputs/kazakhstan-2010/children/brief.pdf\"", html);
        Assert.Contains("children/word/equality-and-non-discrimination.txt", html);
    }
}
