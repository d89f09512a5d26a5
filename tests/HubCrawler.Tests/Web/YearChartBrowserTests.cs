using System.Globalization;
using HubCrawler.Tests.Api;
using Microsoft.Playwright;

namespace HubCrawler.Tests.Web;

/// <summary>The hub page's year chart in Chromium: the figures of the simulated citations, on a desktop and at a
/// 375-pixel phone width without horizontal overflow, with screenshots.</summary>
[Collection(ApiCollection.Name)]
public sealed class YearChartBrowserTests(Api.ApiHost host, Browser browser) : IClassFixture<Browser>
{
    private SyntheticGraph Graph => host.Simulator.Graph;

    [Fact]
    public async Task The_year_chart_shows_the_citations_of_each_year_by_role_on_a_desktop_and_a_phone()
    {
        var paper = Graph.Papers.Where(p => p.Index > 0).OrderByDescending(p => Graph.CitationsOf(p.Index).Count).Skip(1).First();
        var citations = Graph.CitationsOf(paper.Index);
        var expected = citations.Where(c => c.CitingIndex is not null)
            .GroupBy(c => Graph.Papers[c.CitingIndex!.Value].Year)
            .ToDictionary(g => g.Key, g => (Total: g.Count(), Method: g.Count(c => ExpectedRoles.Of(c) == HubCrawler.Abstractions.CitationRole.Method)));
        var (page, refused) = await browser.NewPage(host.Silo.Address, 1280, 1000);
        await page.GotoAsync($"/papers/{paper.PaperId}");

        var chart = page.Locator("#years-roles");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        Assert.Equal("img", await chart.GetAttributeAsync("role"));
        var groups = await page.Locator("#years-roles g[data-year]").EvaluateAllAsync<string[][]>(
            "gs => gs.map(g => [g.dataset.year, g.dataset.total, g.dataset.method])");
        var drawn = groups.Where(g => g[1] != "0").ToDictionary(g => int.Parse(g[0], CultureInfo.InvariantCulture),
            g => (Total: int.Parse(g[1], CultureInfo.InvariantCulture), Method: int.Parse(g[2], CultureInfo.InvariantCulture)));
        Assert.Equal(expected.OrderBy(e => e.Key), drawn.OrderBy(d => d.Key));
        var label = (await chart.GetAttributeAsync("aria-label"))!;
        foreach (var (year, counts) in expected) Assert.Contains($"{year}: {counts.Total} (", label);
        var bars = await page.Locator("#years-roles rect").CountAsync();
        Assert.True(bars >= expected.Count, $"{bars} bars");
        // The role and polarity bars stay.
        await Assertions.Expect(page.Locator("#roles li[data-role]")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#polarity li[data-polarity]").First).ToBeVisibleAsync();
        await page.Locator("#years").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Browser.ScreenshotDirectory, "year-chart.png") });

        var (phone, phoneRefused) = await browser.NewPage(host.Silo.Address, 375, 812);
        await phone.GotoAsync($"/papers/{paper.PaperId}");
        await Assertions.Expect(phone.Locator("#years-roles")).ToBeVisibleAsync();
        Assert.False(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), "the hub page is wider than a 375-pixel phone");
        var width = await phone.Locator("#years-roles").EvaluateAsync<double>("e => e.getBoundingClientRect().width");
        Assert.InRange(width, 300, 375);
        // Tick labels stay readable: at least 9 CSS pixels once the chart is scaled down to the phone.
        var fontSize = await phone.Locator("#years-roles text.tick").First.EvaluateAsync<double>("t => t.getBoundingClientRect().height");
        Assert.True(fontSize >= 8.5, $"tick labels are {fontSize}px high");
        await phone.Locator("#years").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Browser.ScreenshotDirectory, "year-chart-phone.png") });
        Assert.Empty(refused);
        Assert.Empty(phoneRefused);
    }
}
