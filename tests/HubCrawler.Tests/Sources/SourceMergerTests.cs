using HubCrawler.Sources;
using HubCrawler.Sources.Hubs;

namespace HubCrawler.Tests.Sources;

/// <summary>Field precedence, provenance and recognising one citing paper across sources.</summary>
public sealed class SourceMergerTests
{
    private static readonly string S2Id = new('c', 40);

    private static SourceRecord Record(PaperMetadata metadata) => new(metadata, PaperIdSet.Of(metadata.PaperId, metadata.ExternalIds), null);

    [Fact]
    public void Each_field_comes_from_the_first_source_its_precedence_names_that_has_it_and_says_so()
    {
        var s2 = Record(new PaperMetadata { PaperId = S2Id, Title = "S2 title", Venue = "ACL", Tldr = "tl;dr", CitationCount = 10, ExternalIds = new Dictionary<string, string> { ["DOI"] = "10.1000/a" } });
        var openAlex = Record(new PaperMetadata { PaperId = "OpenAlex:W7", Title = "OA title", Abstract = "OA abstract", CitationCount = 13, ExternalIds = new Dictionary<string, string> { ["DOI"] = "10.1000/a" } });
        var arxiv = Record(new PaperMetadata { PaperId = "arXiv:2001.00001", Title = "arXiv title", Authors = ["A B"] });

        var merged = SourceMerger.MergeMetadata(S2Id, [("semanticscholar", s2), ("openalex", openAlex), ("arxiv", arxiv)]);

        Assert.Equal((S2Id, "arXiv title", "OA abstract", "ACL", "tl;dr", 13), (merged.PaperId, merged.Title, merged.Abstract, merged.Venue, merged.Tldr, merged.CitationCount));
        Assert.Equal("arxiv", merged.Provenance["title"]);
        Assert.Equal("openalex", merged.Provenance["abstract"]);
        Assert.Equal("semanticscholar", merged.Provenance["venue"]);
        Assert.Equal("openalex", merged.Provenance["citationCount"]);
        Assert.False(merged.Provenance.ContainsKey("pdfUrl"));
        Assert.Equal(("10.1000/a", "W7", "2001.00001"), (merged.ExternalIds["DOI"], merged.ExternalIds["OpenAlex"], merged.ExternalIds["ArXiv"]));
    }

    [Fact]
    public void A_citing_paper_listed_by_three_sources_under_three_ids_is_one_citation_with_the_most_specific_facts()
    {
        var citer = new string('d', 40);
        IReadOnlyList<CitationEdge> s2 =
        [
            new() { CitingPaperId = citer, CitingExternalIds = new Dictionary<string, string> { ["DOI"] = "10.2000/b" }, Title = "Citer", Intents = ["methodology"], Role = CitationRole.Method, Contexts = ["we use it"], IsInfluential = true },
            new() { CitingPaperId = null, Title = "Unresolved  Work", Year = 2019 },
        ];
        IReadOnlyList<CitationEdge> openAlex =
        [
            new() { CitingPaperId = "DOI:10.2000/b", CitingExternalIds = new Dictionary<string, string> { ["DOI"] = "10.2000/b", ["OpenAlex"] = "W9" }, Title = "Citer (OA)", CitationCount = 5 },
            new() { CitingPaperId = "DOI:10.3000/only-openalex", CitingExternalIds = new Dictionary<string, string> { ["DOI"] = "10.3000/only-openalex", ["OpenAlex"] = "W10" }, Title = "Only in OpenAlex" },
        ];
        IReadOnlyList<CitationEdge> hub =
        [
            new() { CitingPaperId = citer, Title = "Citer", Role = CitationRole.Background, Polarity = CitationPolarity.Supporting },
            new() { CitingPaperId = null, Title = "unresolved work", Year = 2019 },
        ];

        var merged = SourceMerger.MergeCitations([("openalex", openAlex), ("hub", hub), ("semanticscholar", s2)]);

        Assert.True(merged.Count == 3, string.Join(" | ", merged.Select(m => $"{m.CitingPaperId}:{string.Join(",", m.Sources)}")));
        var one = merged[0];
        Assert.Equal((citer, "Citer", 5, CitationRole.Method, CitationPolarity.Supporting, true), (one.CitingPaperId, one.Title, one.CitationCount, one.Role, one.Polarity, one.IsInfluential));
        Assert.Equal(["semanticscholar", "hub", "openalex"], one.Sources);
        Assert.Equal("W9", one.CitingExternalIds["OpenAlex"]);
        Assert.Equal(["semanticscholar", "hub"], merged[1].Sources);
        Assert.Null(merged[1].CitingPaperId);
        Assert.Equal("DOI:10.3000/only-openalex", merged[2].CitingPaperId);
        Assert.Equal(["openalex"], merged[2].Sources);
    }
}
