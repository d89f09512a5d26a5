using Xunit.Abstractions;

namespace HubCrawler.Tests.Grains;

/// <summary>A source that misbehaves in every way at once.</summary>
[Collection(FaultyCollection.Name)]
public sealed class SourceFaultTests(FaultyCluster fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_crawl_through_5xx_429_hangs_and_truncation_ends_with_every_paper_fetched_or_failed_with_its_reason()
    {
        var simulator = fixture.Simulator;
        var graph = simulator.Graph;
        var expected = graph.Reachable([0, 1], 5);
        simulator.RequestLog.Clear();
        simulator.Faults.ServerErrorRate = 0.10;
        simulator.Faults.TooManyRequestsRate = 0.05;
        simulator.Faults.RetryAfterSeconds = 1;
        simulator.Faults.HangRate = 0.02;
        simulator.Faults.HangMs = 10_000;
        simulator.Faults.MalformedRate = 0.01;
        CrawlStatus status;
        try
        {
            var job = fixture.Grains.GetGrain<ICrawlJobGrain>(Jobs.NewId());
            await job.Start(new CrawlRequest { Seeds = [graph.Papers[0].PaperId, graph.Papers[1].PaperId], Depth = 5, MaxPapers = 100_000 });
            status = await Jobs.WaitUntilDone(job, TimeSpan.FromMinutes(4));
        }
        finally
        {
            simulator.Faults.Reset();
        }

        var requests = simulator.RequestLog.Snapshot();
        output.WriteLine($"papers {expected.Count}, requests {requests.Count}: " + string.Join(", ", requests.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}")));
        output.WriteLine($"fetched {status.Fetched}, failed {status.Failed}: {string.Join(", ", status.FailuresByReason.Select(f => $"{f.Key} {f.Value}"))}");

        Assert.True(status.Done);
        Assert.Equal(0, status.Pending);
        // A failed paper cannot lead further, so the crawl may admit fewer than the graph holds, never more.
        Assert.InRange(status.Discovered, 1, expected.Count);
        Assert.Equal(status.Discovered, status.Fetched + status.FromCache + status.Revalidated + status.Failed);
        Assert.Equal(status.Failed, status.FailuresByReason.Values.Sum());
        Assert.All(status.FailuresByReason.Keys, reason => Assert.Contains(reason, new[] { "source-unavailable", "malformed-response" }));
        Assert.Contains(requests, r => r.Status == 429);
        Assert.Contains(requests, r => r.Status >= 500);
        Assert.Contains(requests, r => r.Status == 499);

        // After a 429 with Retry-After: 1 reached the crawler, nothing more was sent until the second was over.
        // (Requests that passed the gate before the 429 reached the crawler may still arrive: on a loaded
        // two-core machine that takes up to a few hundred milliseconds, hence 300 ms of grace.)
        var ordered = requests.OrderBy(r => r.Timestamp).ToList();
        foreach (var limited in ordered.Where(r => r.Status == 429))
        {
            var violations = ordered.Where(r => r.Timestamp > limited.Timestamp + TimeSpan.FromMilliseconds(300)
                                                && r.Timestamp < limited.Timestamp + TimeSpan.FromMilliseconds(950)).ToList();
            Assert.True(violations.Count == 0, $"{violations.Count} requests within the Retry-After of the 429 at {limited.Timestamp:O}");
        }
    }
}
