using System.Text.RegularExpressions;
using HubCrawler.Tests.Web;
using Microsoft.Playwright;

namespace HubCrawler.Tests.Related;

/// <summary>The crawl page's ranking and graph picture and the hub page's related papers in Debian's Chromium, with no request
/// leaving the test server.</summary>
[Collection(RelatedCollection.Name)]
public sealed class CrawlGraphBrowserTests(RelatedHost host, Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task The_crawl_page_draws_the_graph_as_svg_and_each_node_opens_its_hub()
    {
        var (page, refused) = await browser.NewPage(host.Silo.Address, width: 1100, height: 900);
        await page.GotoAsync($"/crawls/{host.BothJob}");

        var svg = page.Locator("#graph svg[data-crawl-graph]");
        await Assertions.Expect(svg).ToBeVisibleAsync();
        var box = await svg.BoundingBoxAsync();
        Assert.True(box is { Width: > 500, Height: > 300 }, $"the picture is {box?.Width}x{box?.Height}");
        var nodes = page.Locator("#graph svg a[data-node]");
        Assert.Equal(host.BothPapers.Count, await nodes.CountAsync());
        Assert.True(await page.Locator("#graph svg g.edges line").CountAsync() > 0);
        var hrefs = await nodes.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href') + ' ' + a.dataset.node)");
        Assert.All(hrefs, h => Assert.Equal($"/papers/{h.Split(' ')[1]}", h.Split(' ')[0]));
        // Every circle is drawn with a size (the browser laid the SVG out, not just parsed it).
        var radii = await page.Locator("#graph svg circle").EvaluateAllAsync<double[]>("cs => cs.map(c => c.getBBox().width)");
        Assert.All(radii, r => Assert.True(r > 0));
        await Assertions.Expect(page.Locator("#ranking tbody tr").First).ToHaveAttributeAsync("data-rank", "1");
        await Assertions.Expect(page.Locator("#ranking [data-pairs=co-cited] [data-evidence]").First).ToContainTextAsync("cited together");
        await page.Locator("#graph").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Browser.ScreenshotDirectory, "crawl-graph.png") });
        await Browser.Screenshot(page, "crawl-page-ranking");

        var top = await page.Locator("#ranking tbody tr").First.GetAttributeAsync("data-ranked");
        await page.Locator($"#graph svg a[data-node='{top}'] circle").ClickAsync(new LocatorClickOptions { Force = true });
        await page.WaitForURLAsync(new Regex($"/papers/{top}$"));
        await Assertions.Expect(page.Locator("article.hub")).ToHaveAttributeAsync("data-paper-id", top!);
        Assert.Empty(refused);
    }

    [Fact]
    public async Task The_hub_page_lists_related_papers_with_their_evidence()
    {
        var (page, refused) = await browser.NewPage(host.Silo.Address);
        await page.GotoAsync($"/papers/{host.BothSeed.PaperId}");

        var coCitation = page.Locator("#related [data-related=co-citation]");
        await Assertions.Expect(coCitation).ToBeVisibleAsync();
        await Assertions.Expect(coCitation.Locator("li [data-evidence]").First).ToContainTextAsync(new Regex("^cited together (once|twice|\\d+ times)$"));
        await Assertions.Expect(page.Locator("#related [data-related=coupling] li [data-evidence]").First).ToContainTextAsync(new Regex("^shares \\d+ references?$"));
        var firstLink = await coCitation.Locator("li a.title").First.GetAttributeAsync("href");
        Assert.StartsWith("/papers/", firstLink);
        await page.Locator("#related").ScrollIntoViewIfNeededAsync();
        await page.Locator("#related").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Browser.ScreenshotDirectory, "hub-related.png") });

        // A paper whose references were never read says so instead of showing an empty list.
        var unread = host.CitationsPapers.Where(i => !host.BothPapers.Contains(i)).Order().First();
        await page.GotoAsync($"/papers/{host.Graph.Papers[unread].PaperId}");
        await Assertions.Expect(page.Locator("#related [data-related=coupling]")).ToHaveAttributeAsync("data-status", "unknown");
        await Assertions.Expect(page.Locator("#related [data-related=coupling] [data-note]")).ToContainTextAsync("references have not been read");
        Assert.Empty(refused);
    }
}
