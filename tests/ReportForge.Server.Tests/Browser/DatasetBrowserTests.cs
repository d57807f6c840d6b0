using System.Net;
using Microsoft.Playwright;
using ReportForge.Jobs.Tests.Fixtures;
using UglyToad.PdfPig;

namespace ReportForge.Server.Tests.Browser;

/// <summary>
/// Recommendations datasets in a real browser: a foreign file refused on the form, the UPR Info export registered
/// beside the Slovenia summary, a brief requested with it, the State brief downloaded and read, the dataset on Outputs,
/// then removed from the Briefs page.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class DatasetBrowserTests
{
    private static readonly string Screenshots = Path.Combine(Path.GetTempPath(), "reportforge-screenshots");

    [Fact]
    public async Task DatasetForm_RegistersAUprInfoExport_AndABriefRequestedWithItHasStateBriefs_ThenRemovesIt()
    {
        await using var server = await ServerHost.StartShippedAsync();
        var summary = new MultipartFormDataContent { { new ByteArrayContent(SloveniaFixtures.Bytes(SloveniaFixtures.Summary2019)), "file", "slovenia-2019.txt" } };
        Assert.Equal(HttpStatusCode.Created, (await server.Client.PostAsync("/api/sources", summary)).StatusCode);
        var downloads = Directory.CreateTempSubdirectory("reportforge-downloads-").FullName;
        var contacts = Path.Combine(downloads, "contacts.csv");
        await File.WriteAllTextAsync(contacts, "Name,Email\nAna,ana@example.org\n");
        var (playwright, context, profile) = await Chromium.LaunchAsync(downloads);
        try
        {
            var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
            Directory.CreateDirectory(Screenshots);
            await page.GotoAsync(new Uri(server.BaseAddress, "/hangfire/briefs?source=slovenia-2019").ToString());

            await page.SetInputFilesAsync("#dataset-file", contacts);
            await page.ClickAsync("#register-dataset");
            var error = await page.WaitForSelectorAsync("#form-error");
            Assert.StartsWith("contacts.csv:1: not a UPR Info export", await error!.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("#dataset-choices input[type=checkbox]").CountAsync());

            await page.SetInputFilesAsync("#dataset-file", SloveniaFixtures.UprInfoCsv);
            await page.ClickAsync("#register-dataset");
            await page.WaitForSelectorAsync("div.alert-success");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "6-dataset-registered.png"), FullPage = true });
            var choice = page.Locator($"#dataset-choices input[value='{SloveniaFixtures.UprInfoId}']");
            Assert.True(await choice.IsCheckedAsync());

            await page.SelectOptionAsync("#profiles", "full");
            foreach (var kind in new[] { "pdf-brief", "word-brief", "pdf-matrix" })
                await page.UncheckAsync($"input[name=kinds][value='{kind}']");
            await page.ClickAsync("#request-brief");
            await page.WaitForSelectorAsync("#request-state[data-state='succeeded']", new() { Timeout = 120_000 });
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "7-state-briefs.png"), FullPage = true });

            var link = page.Locator("#downloads a[href$='/full/states/brazil.pdf']").First;
            var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
            var saved = Path.Combine(downloads, download.SuggestedFilename);
            await download.SaveAsAsync(saved);
            using (var pdf = PdfDocument.Open(saved))
            {
                var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
                Assert.Contains("Meeting Brazil", text);
                Assert.Contains("session 20, 2014; the State supported it.", text);
            }

            await page.GotoAsync(new Uri(server.BaseAddress, "/hangfire/outputs").ToString());
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "8-outputs-datasets.png"), FullPage = true });
            var listed = page.Locator($"li[data-dataset='{SloveniaFixtures.UprInfoId}']");
            Assert.Contains("UPR Info CSV · 286 recommendations", await listed.InnerTextAsync());

            await page.GotoAsync(new Uri(server.BaseAddress, "/hangfire/briefs?source=slovenia-2019").ToString());
            await page.ClickAsync($"#registered-datasets li[data-dataset='{SloveniaFixtures.UprInfoId}'] button");
            var removed = await page.WaitForSelectorAsync("#dataset-removed");
            Assert.Contains(SloveniaFixtures.UprInfoCsvName, await removed!.InnerTextAsync());
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "9-dataset-removed.png"), FullPage = true });
            Assert.Equal(0, await page.Locator("#dataset-choices input[type=checkbox]").CountAsync());
            Assert.Equal(0, await page.Locator("#registered-datasets").CountAsync());
        }
        finally
        {
            await context.CloseAsync();
            playwright.Dispose();
            Directory.Delete(profile, recursive: true);
            Directory.Delete(downloads, recursive: true);
        }
    }
}
