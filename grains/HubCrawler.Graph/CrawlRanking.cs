namespace HubCrawler.Graph;

/// <summary>Ranks a crawl's papers by PageRank, ties broken by citations within the crawl, then by id (ordinal).</summary>
public static class CrawlRanking
{
    public static IReadOnlyList<RankedPaper> Rank(CitationGraph graph)
    {
        var scores = PageRank.Compute(graph);
        return Enumerable.Range(0, graph.Papers.Count)
            .OrderByDescending(i => scores[i]).ThenByDescending(i => graph.CitedBy(i).Count).ThenBy(i => graph.Papers[i], StringComparer.Ordinal)
            .Select((i, position) => new RankedPaper(position + 1, i, graph.Papers[i], scores[i], graph.CitedBy(i).Count, graph.Cites(i).Count))
            .ToList();
    }
}
