namespace HubCrawler.Tests.Grains;

[Collection(RevalidatingCollection.Name)]
public sealed class RecrawlTests(RevalidatingCluster fixture)
{
    private SimulatorServer Simulator => fixture.Simulator;
    private SyntheticGraph Graph => fixture.Simulator.Graph;

    [Fact]
    public async Task A_recrawl_of_an_unchanged_graph_transfers_no_citation_page_and_a_changed_paper_is_fetched_again()
    {
        var seeds = new[] { 0, 1, 2 };
        var expected = Graph.Reachable(seeds, 4);
        Assert.True(expected.Count > 1500, $"the crawl should cover most of the graph, covers {expected.Count}");

        var first = await Crawl(seeds);
        Assert.Equal(expected.Count, first.Discovered);
        Assert.Equal(expected.Count, first.Fetched);
        // A paper reached again by a shorter path is visited again (and, with freshness 0, revalidated), but no citation
        // page is downloaded twice. Metadata comes in batches (POST /paper/batch, which has no conditional form), so
        // only the citation pages are documents with validators.
        var firstRequests = Simulator.RequestLog.Snapshot();
        Assert.All(firstRequests, r => Assert.Contains(r.Kind, new[] { "batch", "citations" }));
        var firstDownloads = firstRequests.Where(r => r.Kind == "citations" && r.Status == 200).ToList();
        Assert.Equal(firstDownloads.Count, firstDownloads.Select(r => r.Path + r.Query).Distinct().Count());
        Assert.All(firstRequests.Where(r => r.Status != 200), r => Assert.Equal(304, r.Status));

        Simulator.RequestLog.Clear();
        var second = await Crawl(seeds);
        var secondRequests = Simulator.RequestLog.Snapshot();

        Assert.Equal(expected.Count, second.Discovered);
        Assert.Equal(0, second.Fetched);
        Assert.Equal(expected.Count, second.Revalidated);
        // The only bodies are the metadata batches', one a batch.
        var secondBatches = secondRequests.Where(r => r.Kind == "batch").ToList();
        Assert.All(secondBatches, r => Assert.Equal(200, r.Status));
        Assert.True(secondBatches.Count * 20 < expected.Count, $"{secondBatches.Count} batches for {expected.Count} papers");
        Assert.Equal(secondBatches.Count, second.Downloads);
        // Every citation page was asked about, conditionally, with the validators the hub kept, and none had a body.
        var secondPages = secondRequests.Where(r => r.Kind == "citations").ToList();
        Assert.Equal(firstDownloads.Count, secondPages.Select(r => r.Path + r.Query).Distinct().Count());
        Assert.All(secondPages, r =>
        {
            Assert.True(r.Conditional);
            Assert.Equal(304, r.Status);
            Assert.Equal(0, r.ResponseBytes);
        });
        Assert.Equal(secondBatches.Count + secondPages.Count, secondRequests.Count);
        Assert.Equal(secondRequests.Count, second.SourceRequests);

        var changed = Graph.Papers[5];
        Simulator.Revisions.Revise(changed.Index);
        Simulator.RequestLog.Clear();
        var third = await Crawl(seeds);
        var downloaded = Simulator.RequestLog.Snapshot().Where(r => r.Kind != "batch" && r.Status == 200).ToList();

        Assert.Equal(1, third.Fetched);
        Assert.Equal(expected.Count - 1, third.Revalidated);
        Assert.NotEmpty(downloaded);
        Assert.All(downloaded, r => Assert.Equal(changed.PaperId, r.PaperId));
        var hub = (await fixture.Grains.GetGrain<IPaperGrain>(changed.PaperId).GetHub()).Hub!;
        Assert.EndsWith("(revision 1)", hub.Metadata.Title);
    }

    private Task<CrawlStatus> Crawl(int[] seeds) => Jobs.Run(
        fixture.Grains, new CrawlRequest { Seeds = seeds.Select(i => Graph.Papers[i].PaperId).ToList(), Depth = 4, MaxPapers = 100_000 }, TimeSpan.FromMinutes(2));
}
