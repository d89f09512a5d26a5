using System.Text.RegularExpressions;
using HubCrawler.Tests.Web;
using Microsoft.Playwright;

namespace HubCrawler.Tests.Operations;

/// <summary>The Orleans Dashboard in Chromium during a crawl: it asks for the operations key, and with it shows the silo and the grains.</summary>
public sealed class DashboardBrowserTests(OperationsHost host, Browser browser) : IClassFixture<OperationsHost>, IClassFixture<Browser>
{
    [Fact]
    public async Task The_dashboard_shows_the_cluster_during_a_crawl_to_a_browser_that_has_the_key()
    {
        // A browser without the key is challenged and, having nothing to answer with, shown nothing.
        var (locked, _) = await browser.NewPage(host.Silo.Address);
        var denied = await Assert.ThrowsAsync<PlaywrightException>(() => locked.GotoAsync("/dashboard/"));
        Assert.Contains("ERR_INVALID_AUTH_CREDENTIALS", denied.Message);

        using var start = OperationsHost.Keyed(HttpMethod.Post, "/api/crawls");
        start.Content = JsonContent.Create(new { seeds = new[] { host.Simulator.Graph.Papers[5].PaperId }, depth = 3, maxPapers = 5000 });
        Assert.Equal(HttpStatusCode.Accepted, (await host.Silo.Http.SendAsync(start)).StatusCode);

        var (page, _) = await browser.NewPage(host.Silo.Address, 1280, 800, new HttpCredentials { Username = "operator", Password = OperationsHost.Key });
        var shown = await page.GotoAsync("/dashboard/");
        Assert.Equal((int)HttpStatusCode.OK, shown!.Status);
        // The dashboard draws from its own data endpoints: once it counts the silo and a grain method, the data came through the lock too.
        await Assertions.Expect(page.GetByText(new Regex("active silos", RegexOptions.IgnoreCase)).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText(new Regex(@"\d+(\.\d+)?ms/req")).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Browser.Screenshot(page, "dashboard", fullPage: false);
    }
}
