namespace HubCrawler.Contracts;

/// <summary>One paper of a crawl's ranking.</summary>
/// <param name="Rank">1 for the highest score.</param>
/// <param name="Score">PageRank over the crawl's citation graph (the scores of all the crawl's papers sum to 1).</param>
/// <param name="CitedBy">Papers of the crawl that cite it.</param>
/// <param name="Cites">Papers of the crawl it cites.</param>
/// <param name="CitationCount">All its citations, as the sources reported them; null without a hub.</param>
public sealed record RankedPaperItem(int Rank, string PaperId, string? Title, int? Year, double Score, int CitedBy, int Cites, int? CitationCount);
