using HubCrawler.Sources.Hubs;

namespace HubCrawler.Tests.Grains;

/// <summary>Only the hub page source: the crawler reads another deployment's hub pages and follows their links.</summary>
[Collection(HubMirrorCollection.Name)]
public sealed class HubMirrorCrawlTests(HubMirrorCluster fixture)
{
    private SimulatorServer Simulator => fixture.Simulator;
    private SyntheticGraph Graph => fixture.Simulator.Graph;

    [Fact]
    public async Task A_hub_only_crawl_follows_links_across_5000_pages_and_mirrors_every_hub()
    {
        var seed = Graph.Papers[0];
        const int depth = 4;
        var expected = Graph.Reachable([seed.Index], depth).Select(i => Graph.Papers[i].PaperId).ToHashSet();
        Assert.True(expected.Count >= 5000, $"the graph should give at least 5,000 pages at depth {depth}, gave {expected.Count}");
        Simulator.RequestLog.Clear();

        var job = fixture.Grains.GetGrain<ICrawlJobGrain>(Jobs.NewId());
        await job.Start(new CrawlRequest { Seeds = [seed.PaperId], Depth = depth, MaxPapers = 100_000 });
        var status = await Jobs.WaitUntilDone(job, TimeSpan.FromMinutes(5));

        Assert.Equal(expected, (await job.GetPapers(0, 100_000)).Select(p => p.PaperId).ToHashSet());
        Assert.Equal(0, status.Failed);
        var requests = Simulator.RequestLog.Snapshot();
        Assert.All(requests, r => Assert.StartsWith("/papers/", r.Path));
        Assert.True(requests.Select(r => r.PaperId).Distinct().Count() >= 5000);

        // Sampled hubs equal the source's: the roles its pages show, counted the same way.
        foreach (var id in expected.Order(StringComparer.Ordinal).Take(40))
        {
            var sim = Graph.Find(id)!;
            var hub = (await fixture.Grains.GetGrain<IPaperGrain>(id).GetHub()).Hub!;
            Assert.Equal(["hub"], hub.Sources);
            Assert.Equal(sim.Title, hub.Metadata.Title);
            Assert.Equal(sim.Doi, hub.Metadata.ExternalIds["DOI"]);
            var records = Graph.CitationsOf(sim.Index).Where(c => c.CitingIndex != sim.Index).ToList();
            Assert.Equal(records.Count, hub.CitationsStored);
            var withIntents = records.Count(r => IntentRoles.RoleOf(r.Intents) != CitationRole.Unclassified);
            Assert.True(hub.Summary.Roles.Where(r => r.Role != CitationRole.Unclassified).Sum(r => r.Count) >= withIntents);
        }
    }
}
