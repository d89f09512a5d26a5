namespace HubCrawler.Tests.Grains;

/// <summary>OpenAlex is unreachable; the other three sources carry on.</summary>
[Collection(OpenAlexDownCollection.Name)]
public sealed class SourceOutageTests(OpenAlexDownCluster fixture)
{
    private SyntheticGraph Graph => fixture.Simulator.Graph;

    [Fact]
    public async Task A_source_that_is_down_does_not_block_the_others_and_the_hub_says_which_failed()
    {
        var seed = Graph.Papers[5];
        var job = fixture.Grains.GetGrain<ICrawlJobGrain>(Jobs.NewId());
        await job.Start(new CrawlRequest { Seeds = [seed.PaperId], Depth = 1, MaxPapers = 1000 });
        var status = await Jobs.WaitUntilDone(job, TimeSpan.FromMinutes(2));
        Assert.Equal(0, status.Failed);
        Assert.Equal(Graph.Reachable([seed.Index], 1).Count, status.Discovered);

        var hub = (await fixture.Grains.GetGrain<IPaperGrain>(seed.PaperId).GetHub()).Hub!;
        Assert.Equal(["semanticscholar", "arxiv", "hub"], hub.Sources);
        Assert.StartsWith("source-unavailable: OpenAlex", hub.SourceErrors["openalex"]);
        // Without OpenAlex the count falls to the next source the precedence names.
        Assert.Equal("semanticscholar", hub.Metadata.Provenance["citationCount"]);
        Assert.Equal(seed.CitationCount, hub.Metadata.CitationCount);
        Assert.Equal("arxiv", hub.Metadata.Provenance["title"]);
    }
}
