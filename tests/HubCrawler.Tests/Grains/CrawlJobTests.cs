namespace HubCrawler.Tests.Grains;

[Collection(CrawlJobCollection.Name)]
public sealed class CrawlJobTests(CrawlJobCluster fixture)
{
    private SimulatorServer Simulator => fixture.Simulator;
    private SyntheticGraph Graph => fixture.Simulator.Graph;

    [Fact]
    public async Task The_budget_caps_the_papers_visited()
    {
        var seed = Graph.Papers[3];
        Assert.True(Graph.Reachable([seed.Index], 2).Count > 20);
        var job = fixture.Grains.GetGrain<ICrawlJobGrain>(Jobs.NewId());
        await job.Start(new CrawlRequest { Seeds = [seed.PaperId], Depth = 2, MaxPapers = 20 });
        var status = await Jobs.WaitUntilDone(job);

        Assert.Equal(20, status.Discovered);
        Assert.Equal(20, status.Fetched + status.FromCache);
        Assert.True(status.SkippedByBudget > 0);
    }

    [Fact]
    public async Task A_second_crawl_of_the_same_papers_is_served_from_the_hubs()
    {
        var seed = Graph.Papers[900];
        var first = await Crawl(seed.PaperId, depth: 1);
        Simulator.RequestLog.Clear();
        var second = await Crawl("DOI:" + seed.Doi, depth: 1);

        Assert.Equal(first.Discovered, second.Discovered);
        Assert.Equal(0, second.Fetched);
        Assert.Equal(first.Discovered, second.FromCache);
        // Only the DOI needed resolving; no paper was fetched again.
        Assert.Equal(1, Simulator.RequestLog.Count);
    }

    [Fact]
    public async Task Failures_are_counted_by_reason_and_the_crawl_still_finishes()
    {
        var seed = Graph.Papers[1200];
        var citers = Graph.CitationsOf(seed.Index).Where(c => c.CitingIndex is not null).Select(c => Graph.Papers[c.CitingIndex!.Value].PaperId).Distinct().ToList();
        Assert.NotEmpty(citers);
        Simulator.Faults.FailingPaperIds.Add(citers[0]);
        try
        {
            var status = await Crawl(seed.PaperId, depth: 1);
            Assert.Equal(1, status.Failed);
            Assert.Equal(1, status.FailuresByReason["source-unavailable"]);
            Assert.Equal(citers[0], Assert.Single(status.Failures).PaperId);
            Assert.Equal(citers.Count + 1, status.Discovered);
        }
        finally
        {
            Simulator.Faults.FailingPaperIds.Remove(citers[0]);
        }
    }

    [Fact]
    public async Task Unknown_and_malformed_seeds_are_reported_and_the_job_ends()
    {
        var job = fixture.Grains.GetGrain<ICrawlJobGrain>(Jobs.NewId());
        await job.Start(new CrawlRequest { Seeds = ["arXiv:9999.99999", Graph.Papers[5].PaperId], Depth = 0, MaxPapers = 10 });
        var status = await Jobs.WaitUntilDone(job);
        var error = Assert.Single(status.SeedErrors);
        Assert.Equal("not-found", error.Reason);
        Assert.Contains("not found", error.Message);
        Assert.Equal(1, status.Discovered);
    }

    [Fact]
    public async Task A_cancelled_job_stops()
    {
        Simulator.Faults.LatencyMs = 200;
        try
        {
            var job = fixture.Grains.GetGrain<ICrawlJobGrain>(Jobs.NewId());
            await job.Start(new CrawlRequest { Seeds = [Graph.Papers[1].PaperId], Depth = 4, MaxPapers = 1000 });
            var cancelled = await job.Cancel();
            Assert.NotNull(cancelled);
            Assert.True(cancelled.Cancelled);
            Assert.True(cancelled.Done);
            Assert.Equal(0, cancelled.Pending);
        }
        finally
        {
            Simulator.Faults.LatencyMs = 0;
        }
    }

    [Fact]
    public async Task A_partition_activation_older_than_one_that_asked_is_refused_and_the_crawl_loses_nothing()
    {
        var seed = Graph.Papers[40];
        var expected = Graph.Reachable([seed.Index], 2).Count;
        Simulator.Faults.LatencyMs = 200;
        try
        {
            var job = fixture.Grains.GetGrain<ICrawlJobGrain>(Jobs.NewId());
            await job.Start(new CrawlRequest { Seeds = [seed.PaperId], Depth = 2, MaxPapers = 100_000 });
            try
            {
                await job.GrantAdmissions(partition: 0, epoch: 2, batch: 1, wanted: 0);
            }
            catch (SupersededPartitionException)
            {
                // The live activation of partition 0 asked first; it outranks epoch 2 as well.
            }

            // A grant of 0 here would count the papers as skipped by budget and lose them; a refusal makes their visit offer again.
            var refused = await Assert.ThrowsAsync<SupersededPartitionException>(() => job.GrantAdmissions(partition: 0, epoch: 1, batch: 1, wanted: 5));
            Assert.Equal(1, refused.Epoch);
            Assert.True(refused.Current >= 2);

            var status = await Jobs.WaitUntilDone(job);
            Assert.Equal(expected, status.Discovered);
            Assert.Equal(0, status.SkippedByBudget);
        }
        finally
        {
            Simulator.Faults.LatencyMs = 0;
        }
    }

    private Task<CrawlStatus> Crawl(string seed, int depth) =>
        Jobs.Run(fixture.Grains, new CrawlRequest { Seeds = [seed], Depth = depth, MaxPapers = 100_000 });
}
