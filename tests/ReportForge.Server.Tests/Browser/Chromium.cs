using Microsoft.Playwright;

namespace ReportForge.Server.Tests.Browser;

/// <summary>Debian's chromium driven by Playwright: never a downloaded browser, a fresh profile each time.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowserContext Context, string Profile)> LaunchAsync(string downloads)
    {
        if (!File.Exists(ExecutablePath))
            Assert.Fail($"{ExecutablePath} is missing: install Debian's 'chromium' package (apt-get install -y chromium); .ci/run installs it.");
        var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("reportforge-chromium-").FullName;
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            AcceptDownloads = true,
            DownloadsPath = downloads,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        return (playwright, context, profile);
    }
}
