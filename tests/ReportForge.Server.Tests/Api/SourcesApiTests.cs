using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ReportForge.Jobs.Tests.Fakes;

namespace ReportForge.Server.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class SourcesApiTests
{
    private static MultipartFormDataContent Upload(string fileName, byte[] bytes, string? id = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", fileName } };
        if (id is not null) form.Add(new StringContent(id), "id");
        return form;
    }

    [Fact]
    public async Task GetSources_ListsTheBuiltInSample()
    {
        await using var server = await ServerHost.StartAsync();

        var sources = await server.Client.GetFromJsonAsync<JsonElement>("/api/sources");

        Assert.Equal(["kazakhstan-2010"], sources.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task PostSource_RegistersASummary_ThatParses()
    {
        await using var server = await ServerHost.StartAsync();

        var response = await server.Client.PostAsync("/api/sources", Upload("Belarus 2010.txt", Encoding.UTF8.GetBytes(FakeSummaries.Text())));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var sources = await server.Client.GetFromJsonAsync<JsonElement>("/api/sources");
        Assert.Equal(["belarus-2010", "kazakhstan-2010"], sources.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task PostSource_RegistersTheOfficialPdf()
    {
        await using var server = await ServerHost.StartShippedAsync();
        var pdf = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "slovenia-2019-pdf.input.pdf"));

        var response = await server.Client.PostAsync("/api/sources", Upload("A_HRC_WG.6_34_SVN_3.pdf", pdf, "slovenia-2019"));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var sources = await server.Client.GetFromJsonAsync<JsonElement>("/api/sources");
        var slovenia = sources.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "slovenia-2019");
        Assert.Equal("Slovenia", slovenia.GetProperty("country").GetString());
    }

    [Fact]
    public async Task PostSource_RefusesADamagedPdf_NamingIt_AndRegistersNothing()
    {
        await using var server = await ServerHost.StartShippedAsync();
        var blank = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

        var response = await server.Client.PostAsync("/api/sources", Upload("scan.pdf", blank));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString();
        Assert.True(error?.StartsWith("scan.pdf: is a damaged PDF", StringComparison.Ordinal), error);
        var sources = await server.Client.GetFromJsonAsync<JsonElement>("/api/sources");
        Assert.Single(sources.EnumerateArray());
    }

    [Fact]
    public async Task PostSource_RefusesATextThatIsNotASummary_WithTheFileAndLine_AndRegistersNothing()
    {
        await using var server = await ServerHost.StartAsync();

        var response = await server.Client.PostAsync("/api/sources", Upload("minutes.txt", Encoding.UTF8.GetBytes("Minutes of the meeting")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString();
        Assert.Equal("minutes.txt:1:1: this is not a summary of stakeholders' information", error);
        var sources = await server.Client.GetFromJsonAsync<JsonElement>("/api/sources");
        Assert.Equal(["kazakhstan-2010"], sources.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.False(Directory.Exists(Path.Combine(server.OutputRoot, ".registry", "sources", "minutes")));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(server.OutputRoot, ".registry", "incoming"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task PostSource_RefusesAnUploadOverTheSizeLimit()
    {
        await using var server = await ServerHost.StartAsync(settings: new Dictionary<string, string?> { ["ReportForge:MaxUploadBytes"] = "1000" });

        var response = await server.Client.PostAsync("/api/sources", Upload("big.txt", Encoding.UTF8.GetBytes(FakeSummaries.Text(new string('x', 5000)))));

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge });
        Assert.Contains("1000 bytes", await response.Content.ReadAsStringAsync());
        var sources = await server.Client.GetFromJsonAsync<JsonElement>("/api/sources");
        Assert.Single(sources.EnumerateArray());
    }
}
