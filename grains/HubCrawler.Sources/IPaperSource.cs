namespace HubCrawler.Sources;

/// <summary>One source of paper metadata and, for some, of the papers that cite it. An adapter
/// knows its source's URLs, bodies and error shapes; politeness and retries are the
/// <see cref="Fetching.FetchPipeline"/>'s, revalidation the <see cref="Caching.CachingFetcher"/>'s.</summary>
public interface IPaperSource
{
    /// <summary>The short name hubs record as provenance ("semanticscholar", "openalex", "arxiv", "hub").</summary>
    string Name { get; }

    /// <summary>True when the source lists a paper's references (asked for with <see cref="SourceFetch.Lists"/>).</summary>
    bool ListsReferences => false;

    /// <summary>The id this source can look the paper up by, from the ids known for it; null when none fits.</summary>
    PaperIdentifier? LookupId(PaperIdSet ids);

    /// <summary>The paper as this source sees it: metadata, the ids it knows, and the citing papers if the source lists them.</summary>
    /// <summary>Only what identifies the paper (its metadata and ids), for resolving an alias; the cheapest request the source allows.</summary>
    Task<SourceResult<SourceRecord>> IdentifyAsync(PaperIdentifier id, CancellationToken cancellationToken = default);

    Task<SourceResult<SourceRecord>> FetchAsync(PaperIdentifier id, SourceFetch fetch, CancellationToken cancellationToken = default);
}
