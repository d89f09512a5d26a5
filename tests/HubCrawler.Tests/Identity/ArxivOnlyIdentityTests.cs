using HubCrawler.Tests.Grains;

namespace HubCrawler.Tests.Identity;

/// <summary>arXiv alone: its pages name a DOI, which keys the paper; the arXiv id must travel with that key.</summary>
[Collection(ArxivOnlyCollection.Name)]
public sealed class ArxivOnlyIdentityTests(ArxivOnlyCluster fixture)
{
    private IPaperDirectoryGrain Directory => fixture.Grains.GetGrain<IPaperDirectoryGrain>(0);

    [Fact]
    public async Task A_paper_looked_up_by_its_arxiv_id_is_built_from_arxiv_though_its_doi_keys_it()
    {
        var paper = fixture.Simulator.Graph.Papers[5];
        var lookup = await Directory.Lookup("arXiv:" + paper.ArxivId);

        Assert.True(lookup.Hub is not null, $"{lookup.Error}: {lookup.Message}");
        Assert.Equal("DOI:" + paper.Doi, lookup.Hub.PaperId);
        Assert.Equal(["arxiv"], lookup.Hub.Sources);
        Assert.Equal(paper.Title, lookup.Hub.Metadata.Title);
        Assert.Equal(paper.ArxivId, lookup.Hub.Metadata.ExternalIds["ArXiv"]);
        // arXiv lists no citations, and the hub says it has none rather than failing.
        Assert.Equal(0, lookup.Hub.CitationsStored);
    }

    [Fact]
    public async Task The_doi_an_arxiv_page_named_finds_the_same_hub_afterwards_and_a_refresh_still_asks_arxiv()
    {
        var paper = fixture.Simulator.Graph.Papers[6];
        var first = await Directory.Lookup("arXiv:" + paper.ArxivId);
        Assert.NotNull(first.Hub);

        var byDoi = await Eventually.Holds(() => Directory.Lookup("DOI:" + paper.Doi.ToUpperInvariant()), l => l.Hub is not null);
        Assert.Equal(first.Hub.PaperId, byDoi.Hub!.PaperId);

        fixture.Simulator.RequestLog.Clear();
        var refreshed = await Directory.Lookup("DOI:" + paper.Doi, refresh: true);
        Assert.True(refreshed.Hub is not null, $"{refreshed.Error}: {refreshed.Message}");
        Assert.Equal(["arxiv"], refreshed.Hub.Sources);
        Assert.Contains(fixture.Simulator.RequestLog.Snapshot(), r => r.Path.Contains(paper.ArxivId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_doi_no_enabled_source_can_look_up_says_so()
    {
        var lookup = await Directory.Lookup("DOI:10.5555/never.seen");
        Assert.Null(lookup.Hub);
        Assert.Equal(LookupErrorKind.InvalidInput, lookup.Error);
        Assert.Contains("No enabled source can look up", lookup.Message);
    }
}
