using HubCrawler.Graph;

namespace HubCrawler.Api.Related;

/// <summary>A crawl's citation graph as the hubs held it when it was read, with each paper's links (same order as the
/// graph's papers) and the ranking.</summary>
internal sealed record CrawlGraphSnapshot(string JobId, CitationGraph Graph, IReadOnlyList<PaperLinks> Papers, IReadOnlyList<RankedPaper> Ranking);
