using Xunit.Abstractions;

namespace HubCrawler.Tests.Cluster;

/// <summary>Three silo processes; one is killed -9, or all are, in the middle of a crawl.</summary>
[Collection(RunsAloneCollection.Name)]
public sealed class ClusterFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_crawl_survives_the_loss_of_one_of_three_silos()
    {
        await using var scenario = await ClusterScenario.StartAsync(silos: 3);
        using var http = new HttpClient { BaseAddress = scenario.Silos[0].Address, Timeout = TimeSpan.FromSeconds(30) };
        var expected = scenario.Expected();

        var started = await http.PostAsJsonAsync("/api/crawls", ClusterScenario.CrawlRequest(scenario.Simulator.Graph));
        var location = started.Headers.Location!.ToString();
        await CrawlPolling.WaitUntil(http, location, s => s.GetProperty("fetched").GetInt32() >= expected.Count / 3, TimeSpan.FromMinutes(3));
        scenario.Silos[2].Kill();
        JsonElement done;
        try
        {
            done = await CrawlPolling.WaitUntil(http, location, s => s.GetProperty("done").GetBoolean(), TimeSpan.FromMinutes(5));
        }
        catch (TimeoutException)
        {
            output.WriteLine(scenario.Logs(300));
            throw;
        }

        AssertComplete(done, expected.Count, scenario);
        var refetches = await AssertEveryHubServedAndCountRefetches(http, scenario, expected);
        output.WriteLine($"papers {expected.Count}; refetches after losing a silo: {refetches}; status {done.GetRawText()}");
        // Only papers in flight on the lost silo can be fetched twice.
        Assert.True(refetches < expected.Count / 10, $"{refetches} refetches");
    }

    [Fact]
    public async Task A_crawl_resumes_by_itself_after_the_whole_cluster_restarts()
    {
        await using var scenario = await ClusterScenario.StartAsync(silos: 2);
        var expected = scenario.Expected();
        string location;
        using (var http = new HttpClient { BaseAddress = scenario.Silos[0].Address })
        {
            var started = await http.PostAsJsonAsync("/api/crawls", ClusterScenario.CrawlRequest(scenario.Simulator.Graph));
            location = started.Headers.Location!.ToString();
            await CrawlPolling.WaitUntil(http, location, s => s.GetProperty("fetched").GetInt32() >= expected.Count / 3, TimeSpan.FromMinutes(3));
        }
        await scenario.KillAll();
        await scenario.StartSilos(2);

        // Nobody asks about the job: the silos wake it themselves. Only then is its status read.
        var fetchedBefore = scenario.Simulator.RequestLog.Count;
        await Eventually.Until(() => scenario.Simulator.RequestLog.Count > fetchedBefore, TimeSpan.FromMinutes(5), TimeSpan.FromMilliseconds(250));
        Assert.True(scenario.Simulator.RequestLog.Count > fetchedBefore, "the crawl did not resume by itself");

        using var after = new HttpClient { BaseAddress = scenario.Silos[0].Address, Timeout = TimeSpan.FromSeconds(30) };
        JsonElement done;
        try
        {
            done = await CrawlPolling.WaitUntil(after, location, s => s.GetProperty("done").GetBoolean(), TimeSpan.FromMinutes(5));
        }
        catch (TimeoutException)
        {
            output.WriteLine(scenario.Logs(300));
            throw;
        }
        AssertComplete(done, expected.Count, scenario);
        var refetches = await AssertEveryHubServedAndCountRefetches(after, scenario, expected);
        output.WriteLine($"papers {expected.Count}; refetches after a full restart: {refetches}; status {done.GetRawText()}");
    }

    private void AssertComplete(JsonElement status, int expected, ClusterScenario scenario)
    {
        var counted = status.GetProperty("fetched").GetInt32() + status.GetProperty("fromCache").GetInt32() + status.GetProperty("revalidated").GetInt32();
        var complete = status.GetProperty("discovered").GetInt32() == expected && counted == expected
            && status.GetProperty("failed").GetInt32() == 0 && status.GetProperty("pending").GetInt32() == 0
            // The budget is a million papers: a paper skipped by budget is a paper lost.
            && status.GetProperty("skippedByBudget").GetInt32() == 0;
        if (!complete) output.WriteLine(scenario.Logs(300));
        Assert.True(complete, $"expected {expected} papers discovered and counted, none failed, pending or skipped; status {status.GetRawText()}");
    }

    private static async Task<int> AssertEveryHubServedAndCountRefetches(HttpClient http, ClusterScenario scenario, IReadOnlySet<int> expected)
    {
        // Metadata comes in batches that name no one paper, so a paper fetched twice shows as its first citation page
        // read twice (papers without citations cost no request of their own and are not counted).
        var requests = scenario.Simulator.RequestLog.Snapshot()
            .Where(r => r.Kind == "citations" && r.Status == 200 && r.Query.Contains("&offset=0&", StringComparison.Ordinal)).ToList();
        var before = scenario.Simulator.RequestLog.Count;
        foreach (var index in expected)
        {
            var paper = scenario.Simulator.Graph.Papers[index];
            var response = await http.GetAsync($"/api/papers/{paper.PaperId}");
            Assert.True(response.IsSuccessStatusCode, $"no hub for paper {index}: {(int)response.StatusCode}");
        }
        // Reading every hub asked the source nothing: they are all stored.
        Assert.Equal(before, scenario.Simulator.RequestLog.Count);
        return requests.Count - requests.Select(r => r.PaperId).Distinct().Count();
    }
}
