using Xunit.Abstractions;

namespace HubCrawler.Tests.Grains;

/// <summary>A graph behind a source that, part way through a crawl, answers every request with 429 and no Retry-After
/// for a while (as Semantic Scholar does, in windows of 30 s or more). Pauses start at 3 s here instead of 60 s, so the
/// test takes seconds; the benchmark runs the full minute.</summary>
public sealed class SustainedThrottleCluster() : CrawlerCluster(
    new SyntheticGraphOptions { Papers = 2000, Seed = 53, HeavyPaperCitations = 0 },
    new Dictionary<string, string?>
    {
        ["Sources:SemanticScholar:MaxConcurrency"] = "4",
        ["Fetch:Throttle:Base"] = "00:00:03",
        ["Fetch:Throttle:Jitter"] = "0",
    });

[CollectionDefinition(Name)]
public sealed class SustainedThrottleCollection : ICollectionFixture<SustainedThrottleCluster>
{
    public const string Name = "sustained throttle";
}

[Collection(SustainedThrottleCollection.Name)]
public sealed class SustainedThrottleTests(SustainedThrottleCluster fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_crawl_waits_out_a_sustained_429_without_Retry_After_and_completes_with_no_paper_failed()
    {
        var simulator = fixture.Simulator;
        var graph = simulator.Graph;
        var expected = graph.Reachable([0], 4);
        Assert.True(expected.Count > 500, $"the graph gives {expected.Count} papers");
        simulator.RequestLog.Clear();
        simulator.Faults.ThrottleAfterRequests(150, TimeSpan.FromSeconds(8));
        try
        {
            var job = fixture.Grains.GetGrain<ICrawlJobGrain>(Jobs.NewId());
            await job.Start(new CrawlRequest { Seeds = [graph.Papers[0].PaperId], Depth = 4, MaxPapers = 100_000 });

            // While the source throttles, the crawl says whom it waits for, until when and why.
            var running = await Eventually.Last(
                job.GetStatus, s => s!.Waiting.Count > 0 || s.Done, TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(100));
            var seen = running!.Waiting is [var first, ..] ? first : null;
            Assert.NotNull(seen);
            Assert.Equal(new Uri(simulator.SemanticScholarBaseUrl).Authority, seen.Host);
            Assert.Contains("429 without Retry-After", seen.Reason);
            Assert.True(seen.Papers > 0);
            Assert.True(seen.Until > DateTimeOffset.UtcNow.AddSeconds(-10));

            var status = await Jobs.WaitUntilDone(job, TimeSpan.FromMinutes(3));
            var window = simulator.Faults.GetThrottleState();
            output.WriteLine($"papers {status.Discovered} (graph {expected.Count}), failed {status.Failed}, throttled requests {window.ThrottledRequests}, visits sent back to wait {status.ThrottledVisits}, requests {status.SourceRequests}");

            Assert.Equal(0, status.Failed);
            Assert.Equal(expected.Count, status.Discovered);
            Assert.Equal(expected.Count, status.Fetched);
            Assert.True(status.ThrottledVisits > 0);
            // The requests in flight when the first 429 came (at most 4) and one probe per pause; nothing else reached the source.
            Assert.InRange(window.ThrottledRequests, 1, 10);
            Assert.Empty(status.Waiting);
        }
        finally
        {
            simulator.Faults.Reset();
        }
    }
}
