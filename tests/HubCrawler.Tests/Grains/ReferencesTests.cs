namespace HubCrawler.Tests.Grains;

/// <summary>The papers a paper cites: read on demand, explored like citations, counted, and crawled along.</summary>
[Collection(ReferencesCollection.Name)]
public sealed class ReferencesTests(ReferencesCluster fixture)
{
    private SyntheticGraph Graph => fixture.Simulator.Graph;
    private IPaperDirectoryGrain Directory => fixture.Grains.GetGrain<IPaperDirectoryGrain>(0);
    private SimPaper CrawlSeed => Graph.Papers.First(p => p.Index > 300 && Graph.CitedPapersOf(p.Index).Count >= 3 && Graph.CitationsOf(p.Index).Count >= 3);

    [Fact]
    public async Task A_papers_references_are_read_when_asked_for_and_explored_with_the_citation_filters()
    {
        // A paper no crawl of this collection reaches, so nothing asked for its references before.
        var crawled = Graph.Reachable([CrawlSeed.Index], 2, EdgeDirections.Both);
        var paper = Graph.Papers.First(p => !crawled.Contains(p.Index) && Graph.ReferencesOf(p.Index).Count >= 8);
        var expected = Graph.ReferencesOf(paper.Index);
        var hub = (await Directory.Lookup(paper.PaperId)).Hub!;
        // A lookup does not spend requests on references nobody asked for.
        Assert.Null(hub.References);
        Assert.DoesNotContain(fixture.Simulator.RequestLog.Snapshot(), r => r.Path.EndsWith($"{paper.PaperId}/references", StringComparison.Ordinal));

        var lookup = await Directory.References(paper.PaperId, new CitationQuery { Limit = CitationQuery.MaxLimit });
        Assert.True(lookup.Page is not null, $"{lookup.Error}: {lookup.Message}");
        var page = lookup.Page;
        Assert.Equal(EdgeDirection.References, page.Direction);
        Assert.Equal(expected.Count, page.Total);
        Assert.Equal(Graph.CitedPapersOf(paper.Index).Select(i => Graph.Papers[i].PaperId).ToHashSet(),
            page.Items.Where(e => e.CitingPaperId is not null).Select(e => e.CitingPaperId!).ToHashSet());
        Assert.Equal(expected.Count(r => r.CitedIndex is null), page.Items.Count(e => e.CitingPaperId is null));
        Assert.Contains(page.Items, e => e.Intents.Count > 0 && e.Contexts.Count > 0);

        var methods = (await Directory.References(paper.PaperId, new CitationQuery { Limit = CitationQuery.MaxLimit, Role = CitationRole.Method })).Page!;
        Assert.All(methods.Items, e => Assert.Equal(CitationRole.Method, e.Role));
        Assert.Equal(page.Items.Count(e => e.Role == CitationRole.Method), methods.Total);

        var after = (await Directory.Lookup(paper.PaperId)).Hub!;
        Assert.NotNull(after.References);
        Assert.Equal(expected.Count, after.References.TotalCitations);
        Assert.Equal(expected.Count, after.ReferencesStored);
        var counts = Assert.Single(after.ListCounts, c => c.Direction == EdgeDirection.References);
        Assert.Equal("semanticscholar", counts.Source);
        Assert.Equal(paper.ReferenceCount, counts.Reported);
        Assert.Equal(0, counts.NotListed);
        Assert.Equal(expected.Count(r => r.CitedIndex is null), counts.Unresolved);
    }

    [Theory]
    [InlineData(EdgeDirection.References, EdgeDirections.References)]
    [InlineData(EdgeDirection.Both, EdgeDirections.Both)]
    public async Task A_crawl_along_references_or_both_reaches_exactly_the_oracles_papers(EdgeDirection direction, EdgeDirections oracle)
    {
        var seed = CrawlSeed;
        var expected = Graph.Reachable([seed.Index], 2, oracle).Select(i => Graph.Papers[i].PaperId).ToHashSet();
        Assert.True(expected.Count > 20, $"the seed should reach a real subgraph, reached {expected.Count}");

        var job = fixture.Grains.GetGrain<ICrawlJobGrain>(Jobs.NewId());
        await job.Start(new CrawlRequest { Seeds = [seed.PaperId], Depth = 2, MaxPapers = 100_000, Direction = direction });
        var status = await Jobs.WaitUntilDone(job, TimeSpan.FromMinutes(3));

        var papers = await job.GetPapers(0, 100_000);
        Assert.Equal(expected, papers.Select(p => p.PaperId).ToHashSet());
        Assert.Equal(expected.Count, status.Discovered);
        Assert.Equal(0, status.Failed);
    }
}
