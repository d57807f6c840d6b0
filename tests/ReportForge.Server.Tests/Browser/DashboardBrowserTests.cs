using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace ReportForge.Server.Tests.Browser;

/// <summary>The dashboard in a real browser: request a justice brief through the form, wait, download the PDF.</summary>
[Collection(ServerCollection.Name)]
public sealed class DashboardBrowserTests
{
    private static readonly string Screenshots = Path.Combine(Path.GetTempPath(), "reportforge-screenshots");

    /// <summary>With the shipped parser and renderers, as a user meets them.</summary>
    [Fact]
    public async Task BriefsForm_RequestsAJusticeBrief_ThatSucceeds_AndItDownloads()
    {
        await using var server = await ServerHost.StartShippedAsync();
        var downloads = Directory.CreateTempSubdirectory("reportforge-downloads-").FullName;
        var (playwright, context, profile) = await Chromium.LaunchAsync(downloads);
        try
        {
            var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
            Directory.CreateDirectory(Screenshots);

            await page.GotoAsync(new Uri(server.BaseAddress, "/hangfire/briefs").ToString());
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "1-briefs.png"), FullPage = true });
            await page.SelectOptionAsync("#profiles", "justice-and-detention");
            await page.ClickAsync("#request-brief");

            await page.WaitForSelectorAsync("#request-state[data-state='succeeded']", new() { Timeout = 60_000 });
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "2-request-succeeded.png"), FullPage = true });
            var link = page.Locator("#downloads a[href$='/justice-and-detention/brief.pdf']").First;
            var href = await link.GetAttributeAsync("href");
            var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
            var saved = Path.Combine(downloads, download.SuggestedFilename);
            await download.SaveAsAsync(saved);

            var manifest = Exports.Pipeline.ManifestFile.Read(Path.Combine(server.OutputRoot, "kazakhstan-2010"))!;
            var entry = manifest.Artifacts.Single(a => href!.EndsWith("/kazakhstan-2010/" + a.Path, StringComparison.Ordinal));
            Assert.Equal(entry.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(saved))));
            using (var pdf = PdfDocument.Open(saved))
            {
                Assert.Equal(entry.Pages, pdf.NumberOfPages);
                Assert.Contains("Justice and detention brief", string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)));
            }

            await page.GotoAsync(new Uri(server.BaseAddress, "/hangfire/jobs/succeeded").ToString());
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "3-succeeded-jobs.png"), FullPage = true });
            Assert.Contains(": justice-and-detention (kazakhstan-2010)", await page.ContentAsync());

            await page.GotoAsync(new Uri(server.BaseAddress, "/hangfire/outputs").ToString());
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "4-outputs.png"), FullPage = true });
            Assert.Equal(1, await page.Locator($"a[href='{href}']").CountAsync());
        }
        finally
        {
            await context.CloseAsync();
            playwright.Dispose();
            Directory.Delete(profile, recursive: true);
            Directory.Delete(downloads, recursive: true);
        }
    }

    [Fact]
    public async Task RecurringJobsPage_TriggerNow_RegeneratesEveryOutput()
    {
        await using var server = await ServerHost.StartAsync();
        var downloads = Directory.CreateTempSubdirectory("reportforge-downloads-").FullName;
        var (playwright, context, profile) = await Chromium.LaunchAsync(downloads);
        try
        {
            var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
            Directory.CreateDirectory(Screenshots);

            await page.GotoAsync(new Uri(server.BaseAddress, "/hangfire/recurring").ToString());
            await page.CheckAsync("input.js-jobs-list-checkbox[value='regenerate-all']");
            await page.ClickAsync("button[data-url$='/recurring/trigger']");

            var fullBrief = Path.Combine(server.OutputRoot, "kazakhstan-2010", "full", "brief.pdf");
            for (var i = 0; i < 300 && !File.Exists(fullBrief); i++) await Task.Delay(100);
            Assert.True(File.Exists(fullBrief));
            // the page reloads itself after the trigger, and the regeneration keeps both cores busy: a
            // picture is taken once both are done, not while the page is being replaced
            await page.ReloadAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "5-recurring.png"), FullPage = true });
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
