using HubCrawler.Api.Pages;
using HubCrawler.Sources;
using HubCrawler.Sources.Hubs;

namespace HubCrawler.Tests.Web;

/// <summary>The hub page markup is defined once (HubPageMarkup): what the web page writes, the hub source reads back equal.</summary>
public sealed class HubPageRoundTripTests
{
    [Fact]
    public void A_rendered_hub_page_reads_back_with_the_same_metadata_and_citations()
    {
        var id = new string('c', 40);
        var metadata = new PaperMetadata
        {
            PaperId = id, Title = "Round <trip> & \"back\"", Authors = ["Grace Hopper", "Edsger Dijkstra"], Year = 2019, PublicationDate = "2019-03-04",
            Venue = "ICML", Abstract = "The abstract.", Tldr = "Short.", CitationCount = 3,
            ExternalIds = new Dictionary<string, string> { ["ArXiv"] = "1903.00001", ["DOI"] = "10.1000/rt", ["OpenAlex"] = "W7" },
        };
        var hub = new PaperHub { PaperId = id, Metadata = metadata, Summary = HubSummarizer.Summarize([]), FetchedAt = DateTimeOffset.UnixEpoch };
        CitationEdge[] items =
        [
            new() { CitingPaperId = new string('d', 40), Title = "First <citer>", Year = 2020, CitationCount = 12, Role = CitationRole.Comparison, Polarity = CitationPolarity.Contrasting, IsInfluential = true, Summary = "It disagrees.", Contexts = ["Unlike [2], we…", "Compared with [2]."] },
            new() { CitingPaperId = new string('e', 40), Title = null, Role = CitationRole.Background },
            new() { CitingPaperId = null, Title = "Unresolved", Year = 2021, Role = CitationRole.Unclassified, Polarity = CitationPolarity.Neutral },
        ];
        var page = new CitationPage { PaperId = id, Total = 7, Offset = 3, Limit = 3, Items = items, NextOffset = 6 };

        var html = HubPageHtml.Render(hub, page, new CitationQuery { Limit = 3, Offset = 3 }, DateTimeOffset.UnixEpoch);
        var (paper, citations, next, total) = HubPageDocument.Parse(Encoding.UTF8.GetBytes(html));

        Assert.Equal(
            (metadata.PaperId, metadata.Title, metadata.Venue, metadata.Year, metadata.PublicationDate, metadata.CitationCount, metadata.Abstract, metadata.Tldr),
            (paper.Metadata.PaperId, paper.Metadata.Title, paper.Metadata.Venue, paper.Metadata.Year, paper.Metadata.PublicationDate, paper.Metadata.CitationCount, paper.Metadata.Abstract, paper.Metadata.Tldr));
        Assert.Equal(metadata.Authors, paper.Metadata.Authors);
        Assert.Equal(metadata.ExternalIds.OrderBy(e => e.Key), paper.Metadata.ExternalIds.OrderBy(e => e.Key));
        Assert.Equal((7, 6), (total, next));
        Assert.Equal(items.Select(View), citations.Select(View));
    }

    /// <summary>What a hub page carries of a citation (not the source's raw intents).</summary>
    private static string View(CitationEdge c) =>
        string.Join(" | ", c.CitingPaperId, c.Title, c.Year, c.CitationCount, c.Role, c.Polarity, c.IsInfluential, c.Summary, string.Join(" / ", c.Contexts));
}
