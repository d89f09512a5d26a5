namespace HubCrawler.Sources;

/// <summary>Where and how politely to reach the Semantic Scholar Graph API.</summary>
public sealed class SemanticScholarOptions : ISourceEndpointOptions
{
    public const string Section = "Sources:SemanticScholar";

    public string BaseUrl { get; set; } = "https://api.semanticscholar.org/graph/v1";
    /// <summary>Sent as x-api-key when set.</summary>
    public string? ApiKey { get; set; }
    public int MaxConcurrency { get; set; } = 4;
    /// <summary>Request starts per second; the public API allows about 1 without a key.</summary>
    public double RequestsPerSecond { get; set; } = 1;
    /// <summary>Citations per page (the API allows up to 1000; a page that times out (504) is asked again at half the size).</summary>
    public int PageSize { get; set; } = 1000;
    /// <summary>The smallest page a 504 may shrink the page size to before the fetch fails.</summary>
    public int MinPageSize { get; set; } = 25;
    /// <summary>Papers asked for in one <c>POST /paper/batch</c> at most (the API takes up to 500).</summary>
    public int BatchSize { get; set; } = 500;
    /// <summary>How long a batch waits for more papers after its first before it is sent (unless it fills up
    /// first, or a lookup is waiting for it). While a batch is in flight the next one keeps filling. Half a second
    /// costs a crawled paper half a second of latency and saves requests, which on the real API are what wall time is
    /// made of (at 100 ms the 5,000-paper crawl sent 1.23× the minimum, at 500 ms 1.06×).</summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(500);
    /// <summary>Keep the raw documents (single paper reads, citation pages) in the document cache, as other sources
    /// do. Off by default: the hub's grain state keeps each citation page's validators instead, so a crawled paper
    /// costs one storage write, and a refresh still asks with If-None-Match / If-Modified-Since.</summary>
    public bool CacheDocuments { get; set; }
    /// <summary>How long a cached document of this source is used without asking the source again (with
    /// <see cref="CacheDocuments"/>); after that it is revalidated with a conditional request.</summary>
    public TimeSpan CacheTimeToLive { get; set; } = TimeSpan.FromDays(1);
    /// <summary>Citations read per paper at most; the rest are counted but not listed.</summary>
    public int MaxCitationsPerPaper { get; set; } = 100_000;
    /// <summary>How far the API pages a citation or reference list: it serves a page only while offset + limit is below this,
    /// refusing more with 400 (no fix planned).</summary>
    public int PagingCap { get; set; } = 10_000;
}
