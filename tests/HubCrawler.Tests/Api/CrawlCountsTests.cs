namespace HubCrawler.Tests.Api;

/// <summary>The counts a crawl's status gives add up at every read while it runs: each discovered paper is fetched,
/// from the cache, revalidated, failed or pending, once.</summary>
[Collection(ApiCollection.Name)]
public sealed class CrawlCountsTests(ApiHost host)
{
    [Fact]
    public async Task While_a_crawl_runs_its_counts_add_up_to_the_papers_discovered_at_every_read()
    {
        var graph = host.Simulator.Graph;
        var seed = graph.Papers.Where(p => p.Index > 0).MaxBy(p => graph.CitationsOf(p.Index).Count)!;
        var started = await host.Http.PostAsJsonAsync("/api/crawls", new { seeds = new[] { seed.PaperId }, depth = 3, maxPapers = 5000 });
        var jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;

        var reads = 0;
        var last = await Eventually.Holds(async () =>
        {
            var status = await host.Http.GetFromJsonAsync<JsonElement>($"/api/crawls/{jobId}");
            int Count(string name) => status.GetProperty(name).GetInt32();
            var sum = Count("fetched") + Count("fromCache") + Count("revalidated") + Count("failed") + Count("pending");
            Assert.True(sum == Count("discovered"), $"read {++reads}: fetched + fromCache + revalidated + failed + pending = {sum}, discovered {Count("discovered")}: {status}");
            return status;
        }, status => status.GetProperty("done").GetBoolean(), TimeSpan.FromSeconds(90));

        Assert.Equal(graph.Reachable([seed.Index], 3).Count, last.GetProperty("discovered").GetInt32());
    }
}
