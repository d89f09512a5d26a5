using HubCrawler.Tests.Grains;

namespace HubCrawler.Tests.Identity;

/// <summary>Semantic Scholar, whose ids key grains, is down: the other sources still give a hub, and it says what failed.</summary>
[Collection(SemanticScholarDownCollection.Name)]
public sealed class SemanticScholarDownIdentityTests(SemanticScholarDownCluster fixture)
{
    private IPaperDirectoryGrain Directory => fixture.Grains.GetGrain<IPaperDirectoryGrain>(0);

    [Fact]
    public async Task An_arxiv_id_is_served_from_the_other_sources_and_the_hub_names_the_failed_one()
    {
        var paper = fixture.Simulator.Graph.Papers[11];
        var lookup = await Directory.Lookup("arXiv:" + paper.ArxivId);

        Assert.True(lookup.Hub is not null, $"{lookup.Error}: {lookup.Message}");
        var hub = lookup.Hub;
        Assert.Contains("arxiv", hub.Sources);
        Assert.Contains("openalex", hub.Sources);
        Assert.DoesNotContain("semanticscholar", hub.Sources);
        Assert.Contains("semanticscholar", hub.SourceErrors.Keys);
        Assert.Equal(paper.Title, hub.Metadata.Title);
    }

    [Fact]
    public async Task Resolving_again_while_semantic_scholar_is_down_gives_the_same_key_and_the_ids_the_other_sources_gave()
    {
        var paper = fixture.Simulator.Graph.Papers[12];
        var first = await Directory.Resolve("arXiv:" + paper.ArxivId);
        Assert.Equal("DOI:" + paper.Doi, first.CanonicalId);
        // The alias is not remembered (Semantic Scholar may name the paper once it answers), so this asks the sources again.
        var again = await Directory.Resolve("arXiv:" + paper.ArxivId);
        Assert.Equal(first.CanonicalId, again.CanonicalId);
        Assert.Equal(paper.ArxivId, again.Ids["ArXiv"]);
    }
}
