namespace HubCrawler.Contracts;

/// <summary>A page of a crawl's papers ranked by importance within the crawl.</summary>
/// <param name="Papers">Papers the crawl admitted (when the ranking was computed).</param>
/// <param name="Edges">Citations between them, from the citation lists and the reference lists held (each once).</param>
/// <param name="Next">Relative URL of the next page; null on the last.</param>
/// <param name="CoCitedPairs">The crawl as a whole: pairs of its papers most often cited together by its papers (every page holds the same).</param>
/// <param name="CoupledPairs">Pairs of its papers sharing the most references among its papers.</param>
public sealed record CrawlRankingResponse(string JobId, int Papers, int Edges, int Offset, int Limit, string? Next, IReadOnlyList<RankedPaperItem> Items,
    IReadOnlyList<RelatedPair> CoCitedPairs, IReadOnlyList<RelatedPair> CoupledPairs);
