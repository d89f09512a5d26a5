using AngleSharp.Html.Parser;
using HubCrawler.Tests.Web;
using HubCrawler.Api.Related;
using HubCrawler.Graph;

namespace HubCrawler.Tests.Related;

/// <summary>The crawl graph's SVG as markup, rendered from a made-up crawl without a cluster and read back with a real HTML parser.</summary>
public sealed class CrawlGraphSvgTests
{
    [Fact]
    public void A_small_crawl_is_drawn_whole_each_node_linking_to_its_hub_sized_by_in_crawl_citations()
    {
        var snapshot = Snapshot(40);
        var document = Parse(snapshot);
        var section = document.QuerySelector("section#graph")!;
        var nodes = section.QuerySelectorAll("svg a[data-node]");

        Assert.Equal("false", section.GetAttribute("data-summarised"));
        Assert.Equal(40, nodes.Length);
        Assert.All(nodes, n => Assert.Equal("/papers/" + n.GetAttribute("data-node"), n.GetAttribute("href")));
        Assert.Equal(39, section.QuerySelectorAll("svg g.edges line").Length);
        Assert.Contains("All 40 papers", section.QuerySelector("[data-graph-note]")!.TextContent);
        // More citations within the crawl, a bigger circle.
        var sized = nodes.Select(n => (CitedBy: int.Parse(n.GetAttribute("data-cited-by")!, System.Globalization.CultureInfo.InvariantCulture),
            Radius: double.Parse(n.QuerySelector("circle")!.GetAttribute("r")!, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(snapshot.Graph.CitedBy(1).Count, sized.Max(s => s.CitedBy));
        Assert.All(sized, a => Assert.All(sized.Where(b => b.CitedBy < a.CitedBy), b => Assert.True(a.Radius > b.Radius)));
        // Titles from a source are text, never markup.
        Assert.Empty(document.QuerySelectorAll("svg script"));
        Assert.Contains("<script>", nodes.First(n => n.GetAttribute("data-node") == "p007").QuerySelector("title")!.TextContent);
    }

    [Fact]
    public void A_crawl_beyond_the_limit_shows_only_its_top_ranked_papers_and_says_so()
    {
        var snapshot = Snapshot(450);
        var section = Parse(snapshot).QuerySelector("section#graph")!;

        Assert.Equal("true", section.GetAttribute("data-summarised"));
        var drawn = section.QuerySelectorAll("svg a[data-node]").Select(n => n.GetAttribute("data-node")!).ToHashSet();
        Assert.Equal(snapshot.Ranking.Take(GraphPicture.DefaultMaxNodes).Select(r => r.PaperId).ToHashSet(), drawn);
        Assert.Contains("The 300 top-ranked of the crawl's 450 papers", section.QuerySelector("[data-graph-note]")!.TextContent);
    }

    [Fact]
    public void The_same_crawl_always_gets_the_same_picture()
    {
        Assert.Equal(RenderedPages.CrawlGraph(Snapshot(120)), RenderedPages.CrawlGraph(Snapshot(120)));
    }

    /// <summary>A tree of <paramref name="papers"/> papers: paper i cites paper i/4, so p000 is the most cited.</summary>
    private static CrawlGraphSnapshot Snapshot(int papers)
    {
        var ids = Enumerable.Range(0, papers).Select(i => $"p{i:000}").ToList();
        var graph = new CitationGraph(ids);
        for (var i = 1; i < papers; i++) graph.Add(ids[i], ids[i / 4]);
        var links = ids.Select((id, i) => new PaperLinks
        {
            PaperId = id, HasHub = true, Year = 2000 + i % 20, Title = i == 7 ? "<script>alert(1)</script> attack" : $"Paper {i}",
        }).ToList();
        return new CrawlGraphSnapshot("0123456789abcdef", graph, links, CrawlRanking.Rank(graph));
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(CrawlGraphSnapshot snapshot) =>
        new HtmlParser().ParseDocument("<!doctype html><html><body>" + RenderedPages.CrawlGraph(snapshot) + "</body></html>");
}
