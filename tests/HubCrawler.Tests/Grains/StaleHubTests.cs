namespace HubCrawler.Tests.Grains;

[Collection(StaleHubCollection.Name)]
public sealed class StaleHubTests(StaleHubCluster fixture)
{
    private SimulatorServer Simulator => fixture.Simulator;
    private SyntheticGraph Graph => fixture.Simulator.Graph;
    private IPaperDirectoryGrain Directory => fixture.Grains.GetGrain<IPaperDirectoryGrain>(0);

    [Fact]
    public async Task A_stale_hub_is_answered_at_once_and_refreshed_in_the_background()
    {
        var paper = Graph.Papers[10];
        var first = (await Directory.Lookup(paper.PaperId)).Hub!;
        Assert.False(first.Stale);

        fixture.HubClock.Advance(TimeSpan.FromMilliseconds(700));
        // The source takes 3 s; the answer must come in well under that, with room for a loaded machine.
        Simulator.Faults.LatencyMs = 3000;
        try
        {
            var started = DateTime.UtcNow;
            var stale = (await Directory.Lookup(paper.PaperId)).Hub!;
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromMilliseconds(1500), "a stale hub must not wait for the source");
            Assert.True(stale.Stale);
            Assert.True(stale.AgeSeconds >= 0.5);
            Assert.Equal(first.FetchedAt, stale.FetchedAt);

            var refreshed = await Eventually.Holds(async () => (await Directory.Lookup(paper.PaperId)).Hub!, h => h.FetchedAt > first.FetchedAt);
            Assert.False(refreshed.Stale);
        }
        finally
        {
            Simulator.Faults.LatencyMs = 0;
        }
    }

    [Fact]
    public async Task A_source_outage_serves_the_hub_marked_stale_and_loses_nothing()
    {
        var paper = Graph.Papers[20];
        var before = (await Directory.Lookup(paper.PaperId)).Hub!;
        Simulator.Faults.FailingPaperIds.Add(paper.PaperId);
        try
        {
            var during = (await Directory.Lookup(paper.PaperId, refresh: true)).Hub!;
            Assert.True(during.Stale);
            Assert.Contains("stale", during.LastError);
            Assert.Equal(before.Summary.TotalCitations, during.Summary.TotalCitations);
            Assert.Equal(before.Metadata.Title, during.Metadata.Title);

            var page = (await Directory.Citations(paper.PaperId, new CitationQuery { Limit = 1000 })).Page!;
            Assert.Equal(before.CitationsStored, page.Total);
        }
        finally
        {
            Simulator.Faults.FailingPaperIds.Remove(paper.PaperId);
        }

        var after = (await Directory.Lookup(paper.PaperId, refresh: true)).Hub!;
        Assert.False(after.Stale);
        Assert.Null(after.LastError);
    }
}
