using HubCrawler.Sources;
using HubCrawler.Sources.Hubs;

namespace HubCrawler.Tests.Sources;

/// <summary>One paper's ids: arXiv's DataCite DOI is its arXiv id, keys are normalised, the sources' forms are kept for display.</summary>
public sealed class PaperIdSetTests
{
    [Theory]
    [InlineData("10.48550/arXiv.2507.21802")]
    [InlineData("10.48550/ARXIV.2507.21802")]
    public void ArXivs_datacite_doi_is_learned_as_the_arxiv_id_in_either_case(string doi)
    {
        var ids = new PaperIdSet(PaperIdentifier.FromExternalId("DOI", doi));

        Assert.Equal("2507.21802", ids[PaperIdScheme.ArXiv]!.Value);
        Assert.Null(ids[PaperIdScheme.Doi]);
        Assert.Equal("arXiv:2507.21802", ids.Key);
        Assert.Equal("10.48550/arxiv.2507.21802", ids.DataCiteDoi!.Value);
    }

    [Fact]
    public void A_journal_doi_stays_the_papers_doi_beside_its_arxiv_id_and_keys_it()
    {
        var ids = new PaperIdSet(PaperIdentifier.FromExternalId("DOI", "10.48550/arXiv.2507.21802"), PaperIdentifier.FromExternalId("DOI", "10.1109/TIT.2020.1"));

        Assert.Equal("10.1109/tit.2020.1", ids[PaperIdScheme.Doi]!.Value);
        Assert.Equal("2507.21802", ids[PaperIdScheme.ArXiv]!.Value);
        Assert.Equal("DOI:10.1109/tit.2020.1", ids.Key);
    }

    [Fact]
    public void OpenAlex_is_asked_by_the_journal_doi_and_else_by_the_datacite_doi()
    {
        var preprint = new PaperIdSet(PaperIdentifier.Parse("arXiv:2507.21802"));
        var published = new PaperIdSet(PaperIdentifier.Parse("arXiv:2507.21802"), PaperIdentifier.Parse("DOI:10.1109/TIT.2020.1"));

        Assert.Equal("10.48550/arxiv.2507.21802", (preprint[PaperIdScheme.OpenAlex] ?? preprint[PaperIdScheme.Doi] ?? preprint.DataCiteDoi)!.Value);
        Assert.Equal("10.1109/tit.2020.1", (published[PaperIdScheme.OpenAlex] ?? published[PaperIdScheme.Doi] ?? published.DataCiteDoi)!.Value);
    }

    [Fact]
    public void Merged_metadata_keeps_the_sources_own_form_of_a_doi()
    {
        var metadata = new PaperMetadata { PaperId = new string('d', 40), ExternalIds = new Dictionary<string, string> { ["DOI"] = "10.1109/TIT.2020.1" } };
        var record = new SourceRecord(metadata, PaperIdSet.Of(metadata.PaperId, metadata.ExternalIds), null);

        var merged = SourceMerger.MergeMetadata(metadata.PaperId, [("semanticscholar", record)]);

        Assert.Equal("10.1109/TIT.2020.1", merged.ExternalIds["DOI"]);
    }
}
