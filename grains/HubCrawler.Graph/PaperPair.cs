namespace HubCrawler.Graph;

/// <summary>Two papers of a crawl (<see cref="First"/> before <see cref="Second"/> by ordinal id) and how many papers of the
/// crawl link them: cite both (co-citation) or are cited by both (coupling).</summary>
public sealed record PaperPair(string First, string Second, int Count);
