namespace HubCrawler.Sources.Caching;

/// <summary>Raw source documents keyed by source and URL. A cache never fails a fetch: an
/// unreachable cache reads as a miss and drops writes, and says so in the log.</summary>
public interface IDocumentCache
{
    Task<CachedDocument?> GetAsync(string source, Uri url, CancellationToken cancellationToken = default);

    Task PutAsync(string source, CachedDocument document, CancellationToken cancellationToken = default);

    /// <summary>Records that the source confirmed the entry (a 304), without rewriting its body.</summary>
    Task TouchAsync(string source, CachedDocument document, CancellationToken cancellationToken = default);

    /// <summary>Removes entries not validated for longer than the age bound; returns how many.</summary>
    Task<int> EvictAsync(CancellationToken cancellationToken = default);
}
