namespace HubCrawler.Graph;

/// <summary>One paper of a crawl's ranking: its PageRank score and its citations within the crawl in both directions.</summary>
/// <param name="Rank">1 for the most important paper.</param>
/// <param name="Index">The paper's index in the <see cref="CitationGraph"/>.</param>
/// <param name="CitedBy">Papers of the crawl that cite it.</param>
/// <param name="Cites">Papers of the crawl it cites.</param>
public sealed record RankedPaper(int Rank, int Index, string PaperId, double Score, int CitedBy, int Cites);
