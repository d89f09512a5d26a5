using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace HubCrawler.Tests.Web;

/// <summary>axe-core (pinned in Web/axe, installed with npm ci) run in Debian's Chromium on each of the project's own
/// pages: no violation with impact serious or critical. Every violation found is printed, whatever its impact.</summary>
[Collection(Api.ApiCollection.Name)]
public sealed class AccessibilityTests(Api.ApiHost host, Browser browser, ITestOutputHelper output) : IClassFixture<Browser>
{
    private static readonly string AxeScript = Path.Combine(RepositoryRoot.Path, "tests", "HubCrawler.Tests", "Web", "axe", "node_modules", "axe-core", "axe.min.js");

    [Fact]
    public async Task The_start_page_has_no_serious_accessibility_violation() => await AssertAccessible("/");

    [Fact]
    public async Task The_search_results_page_has_no_serious_accessibility_violation() => await AssertAccessible("/search?q=learning");

    [Fact]
    public async Task A_hub_page_has_no_serious_accessibility_violation()
    {
        var paper = host.Simulator.Graph.Papers.Where(p => p.Index > 0).MaxBy(p => host.Simulator.Graph.CitationsOf(p.Index).Count)!;
        await AssertAccessible($"/papers/{paper.PaperId}", "#explorer li[data-citing]");
    }

    [Fact]
    public async Task The_crawls_page_has_no_serious_accessibility_violation() => await AssertAccessible("/crawls");

    [Fact]
    public async Task A_finished_crawl_page_has_no_serious_accessibility_violation()
    {
        var seed = host.Simulator.Graph.Papers[120];
        var started = await host.Http.PostAsJsonAsync("/api/crawls", new { seeds = new[] { seed.PaperId }, depth = 1, maxPapers = 5000 });
        var jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        await Eventually.Holds(
            () => host.Http.GetFromJsonAsync<JsonElement>($"/api/crawls/{jobId}"),
            status => status.GetProperty("done").GetBoolean(),
            TimeSpan.FromSeconds(60));
        await AssertAccessible($"/crawls/{jobId}", "#crawl[data-state=done]");
    }

    [Fact]
    public async Task An_error_page_has_no_serious_accessibility_violation() => await AssertAccessible("/papers/DOI:10.1/x");

    /// <summary>Opens <paramref name="path"/>, waits for <paramref name="ready"/> when given, runs axe on the whole document.</summary>
    private async Task AssertAccessible(string path, string? ready = null)
    {
        if (!File.Exists(AxeScript))
            throw new InvalidOperationException($"axe-core is not installed at {AxeScript}. Run: npm ci --prefix tests/HubCrawler.Tests/Web/axe");
        var (page, refused) = await browser.NewPage(host.Silo.Address);
        await page.GotoAsync(path);
        if (ready is not null) await Assertions.Expect(page.Locator(ready).First).ToBeVisibleAsync();
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary.replace(/\s+/g, ' '))
            }))
            """);

        var serious = new List<string>();
        foreach (var violation in violations.EnumerateArray())
        {
            var impact = violation.GetProperty("impact").GetString();
            var line = string.Create(CultureInfo.InvariantCulture, $"{path}: {impact} {violation.GetProperty("id").GetString()} ({violation.GetProperty("help").GetString()})");
            output.WriteLine(line);
            foreach (var node in violation.GetProperty("nodes").EnumerateArray()) output.WriteLine("    " + node.GetString());
            if (impact is "serious" or "critical") serious.Add(line);
        }
        Assert.Empty(serious);
        Assert.Empty(refused);
    }
}
