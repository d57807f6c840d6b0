using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReportForge.Server.Tests.Dashboard;

/// <summary>The Briefs page's dataset form: the same antiforgery and size checks as the summary upload.</summary>
[Collection(ServerCollection.Name)]
public sealed class DatasetFormTests
{
    private static async Task<string> TokenAsync(ServerHost server) =>
        Regex.Match(await server.Client.GetStringAsync("/hangfire/briefs"), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

    [Fact]
    public async Task DatasetForm_WithoutTheAntiforgeryToken_IsRefused()
    {
        await using var server = await ServerHost.StartAsync();
        var form = new MultipartFormDataContent
        {
            { new StringContent("kazakhstan-2010"), "source" },
            { new ByteArrayContent("To,Text\n"u8.ToArray()), "file", "upr.csv" },
        };

        var response = await server.Client.PostAsync("/hangfire/briefs/datasets", form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await server.Client.GetFromJsonAsync<JsonElement[]>("/api/datasets") ?? []);
    }

    [Fact]
    public async Task DatasetForm_OverTheLimit_GetsTheFormBackSayingSo()
    {
        await using var server = await ServerHost.StartAsync();
        var form = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(server)), "__RequestVerificationToken" },
            { new StringContent("kazakhstan-2010"), "source" },
            { new ByteArrayContent(new byte[3 * 1024 * 1024]), "file", "upr.csv" },
        };

        var response = await server.Client.PostAsync("/hangfire/briefs/datasets", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await response.Content.ReadAsStringAsync();
        Assert.Contains("the upload is larger than the 2048 KiB a recommendations dataset may have", shown);
        Assert.Contains("id=\"dataset-form\"", shown);
        Assert.Empty(await server.Client.GetFromJsonAsync<JsonElement[]>("/api/datasets") ?? []);
    }

    [Fact]
    public async Task DatasetForm_WithABadFile_ShowsTheErrorWithTheFileAndRow()
    {
        await using var server = await ServerHost.StartAsync();
        var form = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(server)), "__RequestVerificationToken" },
            { new StringContent("kazakhstan-2010"), "source" },
            { new ByteArrayContent("Name,Email\nAna,ana@example.org\n"u8.ToArray()), "file", "contacts.csv" },
        };

        var response = await server.Client.PostAsync("/hangfire/briefs/datasets", form);
        var shown = await server.Client.GetStringAsync(response.Headers.Location ?? response.RequestMessage!.RequestUri);

        Assert.Contains("contacts.csv:1: not a UPR Info export: the header lacks To,", shown);
        Assert.Empty(await server.Client.GetFromJsonAsync<JsonElement[]>("/api/datasets") ?? []);
    }
}
