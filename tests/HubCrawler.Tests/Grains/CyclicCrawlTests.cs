namespace HubCrawler.Tests.Grains;

/// <summary>On a cluster of its own, so that no other test has fetched a paper first.</summary>
[Collection(CyclicCrawlCollection.Name)]
public sealed class CyclicCrawlTests(CyclicCrawlCluster fixture)
{
    private SimulatorServer Simulator => fixture.Simulator;
    private SyntheticGraph Graph => fixture.Simulator.Graph;

    [Fact]
    public async Task A_cyclic_graph_is_crawled_to_depth_3_fetching_every_reachable_paper_exactly_once()
    {
        // A mid-graph seed whose citers reach back into the graph through cycles.
        var seed = Graph.Papers[40];
        var expected = Graph.Reachable([seed.Index], 3).Select(i => Graph.Papers[i].PaperId).ToHashSet();
        Assert.True(expected.Count > 50, $"the seed should reach a real subgraph, reached {expected.Count}");
        Simulator.RequestLog.Clear();

        var job = fixture.Grains.GetGrain<ICrawlJobGrain>(Jobs.NewId());
        await job.Start(new CrawlRequest { Seeds = ["arXiv:" + seed.ArxivId], Depth = 3, MaxPapers = 100_000 });
        var status = await Jobs.WaitUntilDone(job);

        var requests = Simulator.RequestLog.Snapshot();
        var citationRequests = requests.Where(r => r.Kind == "citations").ToList();
        var citationPapers = citationRequests.Select(r => r.PaperId!).ToHashSet();

        // Only the seed's alias needed a read of its own (which primed the seed's grain); every other paper's
        // metadata came in batches, and only the papers with citations were asked for them, each page once.
        Assert.Equal([seed.PaperId], requests.Where(r => r.Kind == "paper").Select(r => r.PaperId));
        Assert.Equal(requests.Count, requests.Count(r => r.Kind is "paper" or "batch" or "citations"));
        Assert.Equal(expected.Where(id => Graph.Find(id)!.CitationCount > 0).ToHashSet(), citationPapers);
        Assert.Equal(citationRequests.Count, citationRequests.Select(r => r.Path + r.Query).Distinct().Count());
        // The papers' own counts add up to every request but the seed's alias read (the resolution's, not a visit's).
        Assert.Equal(requests.Count - 1, status.SourceRequests);
        Assert.True(status.Done);
        Assert.Equal(expected.Count, status.Discovered);
        Assert.Equal(expected.Count, status.Fetched);
        Assert.Equal(0, status.Failed);
        Assert.Equal(0, status.Pending);
        Assert.Empty(status.SeedErrors);
    }
}
