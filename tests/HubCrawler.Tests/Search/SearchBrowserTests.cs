using HubCrawler.Tests.Web;
using Microsoft.Playwright;

namespace HubCrawler.Tests.Search;

/// <summary>The search box in a real browser: a title lands on its hub, words give a list of papers.</summary>
[Collection(SearchCollection.Name)]
public sealed class SearchBrowserTests(SearchHost host, Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task A_title_typed_in_the_search_box_lands_on_its_hub()
    {
        var paper = host.UniquelyTitled(1);
        var (page, refused) = await browser.NewPage(host.Silo.Address);
        await page.GotoAsync("/");

        await page.FillAsync("#home-search", paper.Title);
        await page.PressAsync("#home-search", "Enter");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(paper.Title);
        Assert.EndsWith($"/papers/{paper.PaperId}", page.Url);
        Assert.Empty(refused);
    }

    [Fact]
    public async Task Words_typed_in_the_search_box_give_a_list_of_papers_linking_to_their_hubs()
    {
        var (page, refused) = await browser.NewPage(host.Silo.Address);
        await page.GotoAsync("/");

        await page.FillAsync("#home-search", "graph networks");
        await page.PressAsync("#home-search", "Enter");

        var results = page.Locator("#search-results li[data-hub-id]");
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        var titles = await page.Locator("#search-results li a.title").AllTextContentsAsync();
        Assert.InRange(titles.Count, 1, 10);
        Assert.All(titles, t => Assert.Contains("graph networks", t, StringComparison.OrdinalIgnoreCase));
        await Browser.Screenshot(page, "search-results");

        var hubId = await results.First.GetAttributeAsync("data-hub-id");
        await page.Locator("#search-results li a.title").First.ClickAsync();
        await Assertions.Expect(page.Locator("article[data-paper-id]")).ToHaveAttributeAsync("data-paper-id", hubId!);
        Assert.Empty(refused);
    }
}
