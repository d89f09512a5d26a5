using System.Globalization;
using System.Text.RegularExpressions;
using HubCrawler.Tests.Api;
using Microsoft.Playwright;

namespace HubCrawler.Tests.Web;

/// <summary>The web pages in a real browser: a hub page, the explorer filter, the search box, a crawl
/// started from the crawl page and watched to the end, and the API reference, all offline.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class BrowserTests(Api.ApiHost host, Browser browser) : IClassFixture<Browser>
{
    private SyntheticGraph Graph => host.Simulator.Graph;
    private SimPaper Cited => Graph.Papers.Where(p => p.Index > 0).MaxBy(p => Graph.CitationsOf(p.Index).Count)!;

    [Fact]
    public async Task A_hub_page_shows_the_paper_its_summaries_and_its_citing_papers_on_a_desktop_and_a_phone()
    {
        var paper = Cited;
        var (page, refused) = await browser.NewPage(host.Silo.Address, 1280, 1700);
        await page.GotoAsync($"/papers/arXiv:{paper.ArxivId}");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(paper.Title);
        await Assertions.Expect(page.Locator("#roles li[data-role]")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#explorer li[data-citing]").First).ToBeVisibleAsync();
        await Browser.Screenshot(page, "hub-page", fullPage: false);
        await Browser.Screenshot(page, "hub-page-full");

        var (phone, _) = await browser.NewPage(host.Silo.Address, 390, 844);
        await phone.GotoAsync($"/papers/{paper.PaperId}");
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync(paper.Title);
        var overflow = await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the hub page is wider than a phone screen");
        await Browser.Screenshot(phone, "hub-page-phone");

        var representative = page.Locator("#representatives li[data-paper-id] a.title").First;
        var target = await representative.EvaluateAsync<string>("a => a.closest('li').dataset.paperId");
        await representative.ClickAsync();
        await Assertions.Expect(page.Locator("article[data-paper-id]")).ToHaveAttributeAsync("data-paper-id", target);
        Assert.Empty(refused);
    }

    [Fact]
    public async Task The_explorer_filter_narrows_the_citing_papers_to_one_role()
    {
        var paper = Cited;
        var method = Graph.CitationsOf(paper.Index).Count(c => ExpectedRoles.Of(c) == HubCrawler.Abstractions.CitationRole.Method);
        var (page, _) = await browser.NewPage(host.Silo.Address);
        await page.GotoAsync($"/papers/{paper.PaperId}");

        await page.SelectOptionAsync("#explorer select[name=role]", "method");
        await page.SelectOptionAsync("#explorer select[name=sort]", "citations");
        await page.ClickAsync("#explorer button[type=submit]");

        await page.WaitForURLAsync(new Regex("role=method"));
        Assert.Contains("sort=citations", page.Url);
        var explorer = page.Locator("#explorer");
        Assert.Equal(method, int.Parse((await explorer.GetAttributeAsync("data-total"))!, CultureInfo.InvariantCulture));
        var roles = await page.Locator("#explorer li[data-citing]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.role)");
        Assert.NotEmpty(roles);
        Assert.All(roles, r => Assert.Equal("method", r));
        var counts = await page.Locator("#explorer li[data-citing]").EvaluateAllAsync<int[]>("items => items.map(i => Number(i.dataset.citationCount ?? -1))");
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        await Browser.Screenshot(page, "explorer-filtered");
    }

    [Fact]
    public async Task The_search_box_opens_a_hub_from_any_id_form_and_explains_a_bad_one()
    {
        var paper = Graph.Papers[44];
        var (page, _) = await browser.NewPage(host.Silo.Address);
        await page.GotoAsync("/");

        await page.FillAsync("#home-search", $"https://arxiv.org/abs/{paper.ArxivId}");
        await page.PressAsync("#home-search", "Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(paper.Title);
        Assert.EndsWith($"/papers/arXiv:{paper.ArxivId}", page.Url);

        await page.FillAsync("#search-box", "DOI:10.1/x");
        await page.PressAsync("#search-box", "Enter");
        await Assertions.Expect(page.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "400");
        await Assertions.Expect(page.Locator("[data-detail]")).ToContainTextAsync("not a DOI");
    }

    [Fact]
    public async Task A_crawl_started_on_the_crawl_page_shows_its_progress_until_it_is_done()
    {
        var seed = Graph.Papers[200];
        var expected = Graph.Reachable([seed.Index], 2).Count;
        var (page, refused) = await browser.NewPage(host.Silo.Address);
        var requested = new List<string>();
        page.Request += (_, request) => { lock (requested) requested.Add(new Uri(request.Url).AbsolutePath); };
        await page.GotoAsync("/crawls");

        await page.FillAsync("#crawl-form textarea[name=seeds]", $"DOI:{seed.Doi}");
        await page.FillAsync("#crawl-form input[name=depth]", "2");
        await page.FillAsync("#crawl-form input[name=maxPapers]", "5000");
        await page.ClickAsync("#crawl-form button[type=submit]");

        await page.WaitForURLAsync(new Regex("/crawls/[0-9a-f]{16}$"));
        await Assertions.Expect(page.Locator("#crawl")).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("[data-field=discovered]")).ToHaveAttributeAsync("data-value", expected.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("[data-field=pending]")).ToHaveAttributeAsync("data-value", "0");
        await Browser.Screenshot(page, "crawl-done");
        // The progress came as server-sent events, not by polling the status URL.
        var jobId = page.Url.Split('/')[^1];
        lock (requested)
        {
            Assert.Contains($"/api/crawls/{jobId}/events", requested);
            Assert.DoesNotContain($"/api/crawls/{jobId}", requested);
        }

        await page.GotoAsync("/crawls");
        await page.FillAsync("#crawl-form textarea[name=seeds]", "bogus-id");
        await page.ClickAsync("#crawl-form button[type=submit]");
        await Assertions.Expect(page.Locator("#crawl-form [data-error]")).ToContainTextAsync("not a paper id");
        Assert.Empty(refused);
    }

    [Fact]
    public async Task The_API_reference_renders_every_operation_without_the_internet()
    {
        var (page, refused) = await browser.NewPage(host.Silo.Address);
        await page.GotoAsync("/docs/index.html");

        await Assertions.Expect(page.Locator(".opblock-summary-path[data-path='/api/crawls/{jobId}/export']")).ToBeVisibleAsync();
        Assert.True(await page.Locator(".opblock").CountAsync() >= 14);
        await Browser.Screenshot(page, "api-reference");
        Assert.Empty(refused);
    }
}
