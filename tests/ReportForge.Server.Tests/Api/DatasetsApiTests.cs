using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using ReportForge.Jobs.Tests.Fixtures;
using UglyToad.PdfPig;

namespace ReportForge.Server.Tests.Api;

/// <summary><c>POST /api/datasets</c>, <c>GET /api/datasets</c> and brief requests that choose datasets, on a real server.</summary>
[Collection(ServerCollection.Name)]
public sealed class DatasetsApiTests
{
    private static MultipartFormDataContent Upload(string source, string fileName, byte[] bytes, bool anyCountry = false)
    {
        var form = new MultipartFormDataContent { { new StringContent(source), "source" }, { new ByteArrayContent(bytes), "file", fileName } };
        if (anyCountry) form.Add(new StringContent("true"), "anyCountry");
        return form;
    }

    private static async Task<ServerHost> SloveniaServerAsync()
    {
        var server = await ServerHost.StartShippedAsync();
        var form = new MultipartFormDataContent { { new ByteArrayContent(SloveniaFixtures.Bytes(SloveniaFixtures.Summary2019)), "file", "slovenia-2019.txt" } };
        var response = await server.Client.PostAsync("/api/sources", form);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return server;
    }

    private static async Task<string> ErrorOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()!;

    private static async Task<IReadOnlyList<string>> DatasetIds(ServerHost server, string? source = null) =>
        (await server.Client.GetFromJsonAsync<JsonElement>("/api/datasets" + (source is null ? "" : "?source=" + source)))
            .EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList();

    [Fact]
    public async Task PostDataset_RegistersAUprInfoExportBesideASummary_AndListsIt()
    {
        await using var server = await SloveniaServerAsync();

        var response = await server.Client.PostAsync("/api/datasets", Upload("slovenia-2019", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.Bytes(SloveniaFixtures.UprInfoCsv)));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var entry = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("UPR Info CSV", entry.GetProperty("format").GetString());
        Assert.Equal(286, entry.GetProperty("recommendations").GetInt32());
        Assert.Equal([SloveniaFixtures.UprInfoId], await DatasetIds(server, "slovenia-2019"));
        Assert.Empty(await DatasetIds(server, "kazakhstan-2010"));
    }

    [Fact]
    public async Task PostDataset_RefusesACsvThatIsNotAUprInfoExport_NamingTheFileAndRow_AndRegistersNothing()
    {
        await using var server = await SloveniaServerAsync();

        var response = await server.Client.PostAsync("/api/datasets", Upload("slovenia-2019", "contacts.csv", "Name,Email\nAna,ana@example.org\n"u8.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("contacts.csv:1: not a UPR Info export: the header lacks To, ", await ErrorOf(response), StringComparison.Ordinal);
        Assert.Empty(await DatasetIds(server));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(server.OutputRoot, ".registry", "incoming")));
    }

    [Fact]
    public async Task PostDataset_RefusesADamagedWordFile_NamingIt()
    {
        await using var server = await SloveniaServerAsync();

        var response = await server.Client.PostAsync("/api/datasets", Upload("slovenia-2019", "list.docx", "PK\u0003\u0004 not really a zip"u8.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("list.docx: ", await ErrorOf(response), StringComparison.Ordinal);
        Assert.Empty(await DatasetIds(server));
    }

    [Fact]
    public async Task PostDataset_RefusesAThematicListAboutAnotherState_UnlessToldTo()
    {
        await using var server = await ServerHost.StartShippedAsync();
        var list = SloveniaFixtures.Bytes(SloveniaFixtures.ThematicList2019);

        var refused = await server.Client.PostAsync("/api/datasets", Upload("kazakhstan-2010", "thematic-list-of-recommendations.docx", list));
        var accepted = await server.Client.PostAsync("/api/datasets", Upload("kazakhstan-2010", "thematic-list-of-recommendations.docx", list, anyCountry: true));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith("thematic-list-of-recommendations.docx: lists recommendations to Slovenia, not to Kazakhstan", await ErrorOf(refused), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(["thematic-list-of-recommendations"], await DatasetIds(server, "kazakhstan-2010"));
    }

    [Fact]
    public async Task PostDataset_RefusesAnUploadOverTheSizeLimit()
    {
        await using var server = await ServerHost.StartAsync(settings: new Dictionary<string, string?> { ["ReportForge:MaxUploadBytes"] = "1000" });

        var response = await server.Client.PostAsync("/api/datasets", Upload("kazakhstan-2010", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.Bytes(SloveniaFixtures.UprInfoCsv)));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge });
        Assert.Contains("1000 bytes", await response.Content.ReadAsStringAsync());
        Assert.Empty(await DatasetIds(server));
    }

    [Fact]
    public async Task PostDataset_FromAnotherSite_IsRefused()
    {
        await using var server = await SloveniaServerAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/datasets")
        {
            Content = Upload("slovenia-2019", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.Bytes(SloveniaFixtures.UprInfoCsv)),
        };
        request.Headers.Add("Origin", "http://elsewhere.example");

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await DatasetIds(server));
    }

    [Fact]
    public async Task DeleteDataset_ForgetsIt_AndAnswers404TheSecondTime()
    {
        await using var server = await SloveniaServerAsync();
        await server.Client.PostAsync("/api/datasets", Upload("slovenia-2019", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.Bytes(SloveniaFixtures.UprInfoCsv)));

        var deleted = await server.Client.DeleteAsync($"/api/datasets/slovenia-2019/{SloveniaFixtures.UprInfoId}");
        var again = await server.Client.DeleteAsync($"/api/datasets/slovenia-2019/{SloveniaFixtures.UprInfoId}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await DatasetIds(server));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal($"datasets: no recommendations dataset '{SloveniaFixtures.UprInfoId}' is registered for 'slovenia-2019'; it has none", await ErrorOf(again));
        var brief = await server.Client.PostAsJsonAsync("/api/briefs", new { source = "slovenia-2019", profiles = new[] { "full" }, datasets = new[] { SloveniaFixtures.UprInfoId } });
        Assert.Equal(HttpStatusCode.BadRequest, brief.StatusCode);
    }

    [Fact]
    public async Task DeleteDataset_FromAnotherSite_IsRefused_AndKeepsIt()
    {
        await using var server = await SloveniaServerAsync();
        await server.Client.PostAsync("/api/datasets", Upload("slovenia-2019", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.Bytes(SloveniaFixtures.UprInfoCsv)));
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/datasets/slovenia-2019/{SloveniaFixtures.UprInfoId}");
        request.Headers.Add("Origin", "http://elsewhere.example");

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal([SloveniaFixtures.UprInfoId], await DatasetIds(server));
    }

    [Fact]
    public async Task PostBrief_NamingAnUnknownDataset_IsRefused_WithTheRegisteredOnes()
    {
        await using var server = await SloveniaServerAsync();
        await server.Client.PostAsync("/api/datasets", Upload("slovenia-2019", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.Bytes(SloveniaFixtures.UprInfoCsv)));

        var response = await server.Client.PostAsJsonAsync("/api/briefs", new { source = "slovenia-2019", profiles = new[] { "full" }, datasets = new[] { "upr-info" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"datasets: no recommendations dataset 'upr-info' is registered for 'slovenia-2019'; registered: {SloveniaFixtures.UprInfoId}", await ErrorOf(response));
    }

    [Fact]
    public async Task PostBrief_WithARegisteredDataset_WritesStateBriefsAndTheMatrixColumn_ThatReadBack()
    {
        await using var server = await SloveniaServerAsync();
        await server.Client.PostAsync("/api/datasets", Upload("slovenia-2019", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.Bytes(SloveniaFixtures.UprInfoCsv)));

        var jobId = await server.RequestBriefAsync(new
        {
            source = "slovenia-2019",
            profiles = new[] { "full" },
            kinds = new[] { "state-brief", "excel-matrix" },
            datasets = new[] { SloveniaFixtures.UprInfoId },
        });
        var status = await server.WaitForAsync(jobId);

        Assert.True(status.GetProperty("state").GetString() == "succeeded", status.ToString());
        var urls = status.GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("url").GetString()!).ToList();
        var brazil = Path.Combine(server.OutputRoot, "brazil.pdf");
        await File.WriteAllBytesAsync(brazil, await server.Client.GetByteArrayAsync(urls.Single(u => u.EndsWith("/full/states/brazil.pdf", StringComparison.Ordinal))));
        using (var pdf = PdfDocument.Open(brazil))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            Assert.Contains("Meeting Brazil", text);
            Assert.Contains("Take further measures to provide security of tenure", text);
        }
        using var workbook = new XLWorkbook(new MemoryStream(await server.Client.GetByteArrayAsync(urls.Single(u => u.EndsWith("/full/matrix.xlsx", StringComparison.Ordinal)))));
        var matrix = workbook.Worksheet("Matrix");
        var column = matrix.Row(1).CellsUsed().Single(c => c.GetString() == "Recommended before by").Address.ColumnNumber;
        Assert.Contains(matrix.RowsUsed().Skip(1), r => r.Cell(column).GetString().Contains("Brazil (session 20, 2014, supported)", StringComparison.Ordinal));
        Assert.Equal("Brazil", workbook.Worksheet("States").RowsUsed().Skip(1).Select(r => r.Cell(2).GetString()).Single(s => s == "Brazil"));
    }
}
