using HubCrawler.Tests.Grains;

namespace HubCrawler.Tests.Identity;

/// <summary>OpenAlex and arXiv without Semantic Scholar: whichever id a lookup names, one hub is built from both.</summary>
[Collection(OpenAlexArxivCollection.Name)]
public sealed class OpenAlexArxivIdentityTests(OpenAlexArxivCluster fixture)
{
    private IPaperDirectoryGrain Directory => fixture.Grains.GetGrain<IPaperDirectoryGrain>(0);

    [Fact]
    public async Task An_arxiv_id_gives_one_hub_from_both_sources_with_arxivs_fields_where_it_has_precedence()
    {
        var paper = fixture.Simulator.Graph.Papers[8];
        var lookup = await Directory.Lookup("arXiv:" + paper.ArxivId);

        Assert.True(lookup.Hub is not null, $"{lookup.Error}: {lookup.Message}");
        var hub = lookup.Hub;
        Assert.Equal("DOI:" + paper.Doi, hub.PaperId);
        Assert.Equal(["openalex", "arxiv"], hub.Sources);
        Assert.Equal("arxiv", hub.Metadata.Provenance["title"]);
        Assert.Equal("arxiv", hub.Metadata.Provenance["authors"]);
        Assert.Equal(paper.Authors.Select(a => a.Name), hub.Metadata.Authors);
        Assert.Equal(paper.OpenAlexId, hub.Metadata.ExternalIds["OpenAlex"]);
        Assert.Equal(paper.ArxivId, hub.Metadata.ExternalIds["ArXiv"]);
        // OpenAlex lists the citing works.
        Assert.Equal(fixture.Simulator.Graph.CitationsOf(paper.Index).Count(c => c.CitingIndex is not null && c.CitingIndex != paper.Index), hub.CitationsStored);
    }

    [Theory]
    [InlineData("doi")]
    [InlineData("openalex")]
    public async Task The_other_ids_of_the_paper_land_on_the_same_hub(string form)
    {
        var paper = fixture.Simulator.Graph.Papers[form == "doi" ? 9 : 10];
        var id = form == "doi" ? "DOI:" + paper.Doi : "OpenAlex:" + paper.OpenAlexId;
        var lookup = await Directory.Lookup(id);
        Assert.True(lookup.Hub is not null, $"{lookup.Error}: {lookup.Message}");
        Assert.Equal("DOI:" + paper.Doi, lookup.Hub.PaperId);

        var byArxiv = await Eventually.Holds(() => Directory.Lookup("arXiv:" + paper.ArxivId), l => l.Hub is not null);
        Assert.Equal(lookup.Hub.PaperId, byArxiv.Hub!.PaperId);
    }
}
