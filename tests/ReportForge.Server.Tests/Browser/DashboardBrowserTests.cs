using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace ReportForge.Server.Tests.Browser;

/// <summary>The dashboard in a real browser: request a justice brief through the form, wait, download the PDF.</summary>
[Collection(ServerCollection.Name)]
public sealed class DashboardBrowserTests
{
    private static readonly string Screenshots = Path.Combine(Path.GetTempPath(), "reportforge-screenshots");

    [Fact]
    public async Task BriefsForm_RequestsAJusticeBrief_ThatSucceeds_AndThePdfDownloads()
    {
        await using var server = await ServerHost.StartAsync();
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
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#downloads a[href$='/justice-and-detention/brief.pdf']"));
            var saved = Path.Combine(downloads, download.SuggestedFilename);
            await download.SaveAsAsync(saved);

            Assert.Equal("brief.pdf", download.SuggestedFilename);
            using (var pdf = PdfDocument.Open(saved))
                Assert.True(pdf.NumberOfPages >= 1);

            await page.GotoAsync(new Uri(server.BaseAddress, "/hangfire/jobs/succeeded").ToString());
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "3-succeeded-jobs.png"), FullPage = true });
            Assert.Contains("PDF brief: justice-and-detention (kazakhstan-2010)", await page.ContentAsync());

            await page.GotoAsync(new Uri(server.BaseAddress, "/hangfire/outputs").ToString());
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "4-outputs.png"), FullPage = true });
            Assert.Equal(1, await page.Locator("a[href='/outputs/kazakhstan-2010/justice-and-detention/brief.pdf']").CountAsync());
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
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "5-recurring.png"), FullPage = true });

            var fullBrief = Path.Combine(server.OutputRoot, "kazakhstan-2010", "full", "brief.pdf");
            for (var i = 0; i < 300 && !File.Exists(fullBrief); i++) await Task.Delay(100);
            Assert.True(File.Exists(fullBrief));
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
