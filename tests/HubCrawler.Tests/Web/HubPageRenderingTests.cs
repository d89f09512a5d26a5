using AngleSharp.Html.Parser;

namespace HubCrawler.Tests.Web;

/// <summary>The hub page rendered from a hub whose every text field is hostile: nothing from the source may become markup.</summary>
public sealed class HubPageRenderingTests
{
    private const string Evil = "<script>alert('x')</script><img src=x onerror=alert(1)>\"'&";

    [Fact]
    public void Text_from_sources_is_encoded_everywhere_on_the_hub_page()
    {
        var citation = new CitationEdge
        {
            CitingPaperId = "\"><script>alert(2)</script>", Title = Evil, Venue = Evil, Year = 2020, CitationCount = 3,
            Role = CitationRole.Method, Intents = [Evil], Contexts = [Evil], Summary = Evil,
        };
        var hub = new PaperHub
        {
            PaperId = "0123456789abcdef0123456789abcdef01234567",
            Metadata = new PaperMetadata
            {
                PaperId = "0123456789abcdef0123456789abcdef01234567", Title = Evil, Authors = [Evil, "Ada"], Venue = Evil, Abstract = Evil,
                Tldr = Evil, Year = 2021, Url = "javascript:alert(3)", ExternalIds = new Dictionary<string, string> { ["DOI"] = Evil, [Evil] = Evil },
            },
            Summary = new HubSummary
            {
                BehaviourLabel = Evil, Headline = Evil, TotalCitations = 1, ClassifiedCitations = 1,
                Roles = [new RoleShare(CitationRole.Method, 1, 1)], IntentCounts = new Dictionary<string, int> { [Evil] = 1 },
                Polarity = [new PolarityShare(CitationPolarity.Unclassified, 1, 1)],
                Representatives = [new RepresentativeCitation { CitingPaperId = citation.CitingPaperId, Title = Evil, Summary = Evil, Role = CitationRole.Method }],
            },
            FetchedAt = DateTimeOffset.UnixEpoch, LastError = Evil, Sources = [Evil], CitationsStored = 1,
        };
        var page = new CitationPage { PaperId = hub.PaperId, Total = 1, Limit = 25, Items = [citation] };

        var html = RenderedPages.HubPage(hub, page, new CitationQuery { Limit = 25 }, DateTimeOffset.UnixEpoch.AddDays(1));
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Equal(Evil, document.QuerySelector("h1")!.TextContent);
        Assert.Equal(Evil, document.QuerySelector("[data-headline]")!.TextContent);
        Assert.Equal(Evil, document.QuerySelector("[data-last-error]")!.TextContent);
        Assert.Equal(Evil, document.QuerySelector("#explorer li[data-citing] [data-summary]")!.TextContent);
        Assert.Equal(citation.CitingPaperId, document.QuerySelector("#explorer li[data-citing]")!.GetAttribute("data-paper-id"));
        Assert.All(document.QuerySelectorAll("a[href]"), a =>
        {
            var href = a.GetAttribute("href")!;
            Assert.True(href.StartsWith('/') || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal), href);
            Assert.DoesNotContain("javascript:", href, StringComparison.OrdinalIgnoreCase);
        });
    }
}
