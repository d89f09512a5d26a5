namespace HubCrawler.Tests.Watches;

/// <summary>Checks of a watched paper, called directly: what they find, what they cost, the feed's cap.</summary>
[Collection(WatchCollection.Name)]
public sealed class WatchCheckTests(WatchCluster cluster)
{
    private static int _next = 10;

    private async Task<(GrowingPaper Paper, IWatchGrain Watch)> Watch(int held)
    {
        var paper = GrowingPaper.Pick(cluster.Simulator, held, ref _next);
        var watch = cluster.Grains.GetGrain<IWatchGrain>(Guid.NewGuid().ToString("N")[..16]);
        // An hour: the reminder never fires during the test; the test checks.
        var created = await watch.Create(new WatchRequest { PaperId = "arXiv:" + paper.Paper.ArxivId, Every = TimeSpan.FromHours(1) });
        Assert.Null(created.Message);
        Assert.Equal(paper.Paper.PaperId, created.Watch!.PaperId);
        return (paper, watch);
    }

    [Fact]
    public async Task A_check_records_exactly_the_citing_papers_that_appeared_since_the_last()
    {
        var (paper, watch) = await Watch(held: 2);
        var feed = cluster.Grains.GetGrain<IPaperFeedGrain>(paper.Paper.PaperId);
        Assert.Empty((await feed.Get())!.Events);

        var unchanged = await watch.Check();
        Assert.Equal(0, unchanged!.LastCheckNew);

        cluster.Simulator.Revisions.Release(paper.Paper.Index, 2);
        var grown = await watch.Check();
        Assert.Equal(2, grown!.LastCheckNew);
        Assert.Null(grown.LastError);
        var events = (await feed.Get())!.Events;
        Assert.Equal(paper.HeldBack.Order(), events.Select(e => e.CitingPaperId).Order());
        Assert.All(events, e => Assert.Equal($"urn:hubcrawler:citation:{paper.Paper.PaperId}:{e.CitingPaperId}", e.EntryId));
        Assert.All(events, e => Assert.False(string.IsNullOrEmpty(e.Title)));

        // Nothing new again: no more events.
        Assert.Equal(0, (await watch.Check())!.LastCheckNew);
        Assert.Equal(2, (await feed.Get())!.Events.Count);
        Assert.Equal(3, (await watch.Get())!.Checks);
    }

    [Fact]
    public async Task A_check_of_an_unchanged_list_costs_what_a_revalidation_of_the_hub_costs()
    {
        var (paper, watch) = await Watch(held: 1);
        var log = cluster.Simulator.RequestLog;
        log.Clear();
        await watch.Check();
        var check = log.Snapshot();
        log.Clear();
        await cluster.Grains.GetGrain<IPaperGrain>(paper.Paper.PaperId).GetHub(refresh: true);
        var revalidation = log.Snapshot();

        Assert.NotEmpty(check);
        Assert.Equal(revalidation.Count, check.Count);
        Assert.Equal(revalidation.Select(r => r.Kind).Order(), check.Select(r => r.Kind).Order());
        // The citation pages are asked for conditionally and answered 304: no list is downloaded.
        Assert.All(check.Where(r => r.Kind == SimRequestKinds.Citations), r => Assert.Equal((true, 304), (r.Conditional, r.Status)));
        // What that is with Semantic Scholar: at most one metadata batch, and the citation pages' conditional requests.
        Assert.Contains(check, r => r.Kind == SimRequestKinds.Citations);
        Assert.All(check, r => Assert.Contains(r.Kind, new[] { SimRequestKinds.Citations, SimRequestKinds.Batch, SimRequestKinds.Paper }));
        Assert.True(check.Count(r => r.Kind is SimRequestKinds.Batch or SimRequestKinds.Paper) <= 1, string.Join(", ", check.Select(r => $"{r.Kind} {r.Status}")));
    }

    [Fact]
    public async Task The_feed_keeps_its_newest_events_within_its_cap_and_counts_the_dropped()
    {
        var (paper, watch) = await Watch(held: 5);
        cluster.Simulator.Revisions.Release(paper.Paper.Index, 5);
        Assert.Equal(5, (await watch.Check())!.LastCheckNew);
        var feed = (await cluster.Grains.GetGrain<IPaperFeedGrain>(paper.Paper.PaperId).Get())!;
        Assert.Equal(3, feed.Events.Count);
        Assert.Equal(2, feed.Dropped);
        Assert.Subset(paper.HeldBack.ToHashSet(), feed.Events.Select(e => e.CitingPaperId).ToHashSet());
        Assert.Equal([3L, 4L, 5L], feed.Events.Select(e => e.Sequence));
    }

    [Fact]
    public async Task An_unknown_paper_or_a_bad_schedule_makes_no_watch()
    {
        var watch = cluster.Grains.GetGrain<IWatchGrain>("00000000000000aa");
        var unknown = await watch.Create(new WatchRequest { PaperId = new string('f', 40), Every = TimeSpan.FromHours(1) });
        Assert.Equal(LookupErrorKind.NotFound, unknown.Error);
        var tooOften = await watch.Create(new WatchRequest { PaperId = cluster.Simulator.Graph.Papers[1].PaperId, Every = TimeSpan.FromMilliseconds(500) });
        Assert.Equal(LookupErrorKind.InvalidInput, tooOften.Error);
        Assert.Null(await watch.Get());
        Assert.DoesNotContain("00000000000000aa", await cluster.Grains.GetGrain<IWatchRegistryGrain>(0).List());
    }
}
