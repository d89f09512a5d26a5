using Microsoft.Playwright;

namespace HubCrawler.Tests.Web;

/// <summary>Debian's Chromium driven by Playwright (no browser download: the executable is the
/// system's), one per test class; screenshots go to <see cref="ScreenshotDirectory"/>.</summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>HUBCRAWLER_SCREENSHOTS, else screenshots/ beside the test assembly.</summary>
    public static string ScreenshotDirectory { get; } =
        Environment.GetEnvironmentVariable("HUBCRAWLER_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium (.ci/run does this).");
        Directory.CreateDirectory(ScreenshotDirectory);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Arguments,
        });
    }

    /// <summary>A fresh page on <paramref name="baseAddress"/> that refuses (and records) every request
    /// to any other host, so a page that needs the internet fails here.</summary>
    /// <param name="credentials">HTTP Basic credentials the page answers a 401 with (the operations key).</param>
    public async Task<(IPage Page, List<string> Refused)> NewPage(Uri baseAddress, int width = 1280, int height = 900, HttpCredentials? credentials = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            HttpCredentials = credentials,
        });
        context.SetDefaultTimeout(30_000);
        var refused = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "data" or "blob" || (url.Host == baseAddress.Host && url.Port == baseAddress.Port))
            {
                await route.ContinueAsync();
                return;
            }
            lock (refused) refused.Add(route.Request.Url);
            await route.AbortAsync();
        });
        return (await context.NewPageAsync(), refused);
    }

    public static Task Screenshot(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = fullPage });

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
