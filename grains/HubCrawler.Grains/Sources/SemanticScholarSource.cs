using HubCrawler.Abstractions;
using HubCrawler.Grains.Caching;
using HubCrawler.Grains.Fetching;
using Microsoft.Extensions.Options;

namespace HubCrawler.Grains.Sources;

/// <summary>The Semantic Scholar Graph API: paper metadata and the papers that cite a paper,
/// paged through <c>next</c>. Knows this one source's URLs, bodies and error shapes; the cache
/// is the <see cref="CachingFetcher"/>'s, the politeness and retries the <see cref="FetchPipeline"/>'s.</summary>
public sealed class SemanticScholarSource : IPaperSource
{
    public const string Name = "semanticscholar";

    private readonly CachingFetcher _fetch;
    private readonly SemanticScholarOptions _options;
    private readonly string _baseUrl;
    private readonly Dictionary<string, string> _headers = [];
    private readonly SourceDocumentReader _reader;

    string IPaperSource.Name => Name;

    /// <summary>The Graph API takes its own ids and DOI, arXiv, CorpusId and PMID forms; not OpenAlex ids.</summary>
    public PaperIdentifier? LookupId(PaperIdSet ids) =>
        ids[PaperIdScheme.SemanticScholar] ?? ids[PaperIdScheme.Doi] ?? ids[PaperIdScheme.ArXiv] ?? ids[PaperIdScheme.CorpusId] ?? ids[PaperIdScheme.PubMed];

    public async Task<SourceResult<SourceRecord>> IdentifyAsync(PaperIdentifier id, CancellationToken cancellationToken = default)
    {
        var paper = await GetPaperAsync(id, false, cancellationToken);
        return paper.IsSuccess
            ? SourceResult<SourceRecord>.Ok(new SourceRecord(paper.Value!, PaperIdSet.Of(paper.Value!.PaperId, paper.Value.ExternalIds), null), paper.Requests, paper.Downloads, paper.Stale)
            : paper.FailAs<SourceRecord>();
    }

    public async Task<SourceResult<SourceRecord>> FetchAsync(PaperIdentifier id, SourceFetch fetch, CancellationToken cancellationToken = default)
    {
        var requests = 0;
        var downloads = 0;
        var stale = false;
        var metadata = fetch.Primed;
        if (metadata is null)
        {
            var paper = await GetPaperAsync(id, fetch.Revalidate, cancellationToken);
            if (!paper.IsSuccess) return paper.FailAs<SourceRecord>();
            metadata = paper.Value!;
            (requests, downloads, stale) = (paper.Requests, paper.Downloads, paper.Stale);
        }
        var citations = await GetCitationsAsync(metadata.PaperId, fetch.Revalidate, cancellationToken);
        requests += citations.Requests;
        if (!citations.IsSuccess) return citations.FailAs<SourceRecord>(requests);
        var ids = PaperIdSet.Of(metadata.PaperId, metadata.ExternalIds);
        return SourceResult<SourceRecord>.Ok(new SourceRecord(metadata, ids, citations.Value), requests, downloads + citations.Downloads, stale || citations.Stale);
    }

    public SemanticScholarSource(FetchPipeline pipeline, CachingFetcher fetch, IOptions<SemanticScholarOptions> options)
    {
        _fetch = fetch;
        _options = options.Value;
        _baseUrl = SourceHost.Register(pipeline, SemanticScholarOptions.Section, _options.BaseUrl, _options.MaxConcurrency, _options.RequestsPerSecond);
        if (!string.IsNullOrWhiteSpace(_options.ApiKey)) _headers["x-api-key"] = _options.ApiKey;
        _reader = new SourceDocumentReader(fetch, Name, "Semantic Scholar", _options.CacheTimeToLive, SemanticScholarJson.ErrorMessage);
    }

    /// <summary>The paper's metadata; <paramref name="id"/> is any form the API takes (a hex id, arXiv:…, DOI:…).</summary>
    public async Task<SourceResult<PaperMetadata>> GetPaperAsync(PaperIdentifier id, bool revalidate = false, CancellationToken cancellationToken = default)
    {
        var url = new Uri($"{_baseUrl}/paper/{SourcePaths.Escape(id.SourceForm)}?fields={SemanticScholarJson.PaperFields}");
        return (await _reader.ReadAsync(new FetchRequest(url, _headers), $"paper {id.SourceForm}", revalidate, SemanticScholarJson.ParsePaper, cancellationToken)).Unwrap();
    }

    /// <summary>Every citation of the paper (up to the configured cap), reading page after page until the API gives no <c>next</c>.</summary>
    public async Task<SourceResult<IReadOnlyList<CitationEdge>>> GetCitationsAsync(string paperId, bool revalidate = false, CancellationToken cancellationToken = default)
    {
        var id = PaperIdentifier.Parse(paperId);
        var edges = new List<CitationEdge>();
        var pageSize = Math.Clamp(_options.PageSize, 1, 1000);
        int? offset = 0;
        var requests = 0;
        var malformedReads = 0;
        var downloads = 0;
        var stale = false;
        while (offset is { } o && edges.Count < _options.MaxCitationsPerPaper)
        {
            var limit = Math.Min(pageSize, _options.MaxCitationsPerPaper - edges.Count);
            var url = new Uri($"{_baseUrl}/paper/{SourcePaths.Escape(id.SourceForm)}/citations?fields={SemanticScholarJson.CitationFields}&offset={o}&limit={limit}");
            var fetched = await _fetch.GetAsync(Name, new FetchRequest(url, _headers, RetryGatewayTimeout: false), _options.CacheTimeToLive, revalidate || malformedReads > 0, cancellationToken);
            var response = fetched.Response;
            requests += fetched.Requests;

            if (response.Status == 504 && pageSize > _options.MinPageSize)
            {
                // The API times out on large pages with many fields; a smaller page usually passes.
                pageSize = Math.Max(_options.MinPageSize, pageSize / 2);
                continue;
            }
            if (!response.IsSuccess) return Failure<IReadOnlyList<CitationEdge>>(response, $"{id.SourceForm} citations at offset {o}", requests);
            try
            {
                var (page, next) = SemanticScholarJson.ParseCitations(response.Body);
                await _fetch.AcceptAsync(Name, fetched, cancellationToken);
                edges.AddRange(page);
                if (fetched.Origin == DocumentOrigin.Network) downloads++;
                stale |= fetched.Origin == DocumentOrigin.Stale;
                offset = next is { } n && n > o && page.Count > 0 ? n : null;
            }
            catch (FormatException e)
            {
                if (++malformedReads < 3) continue;
                return SourceResult<IReadOnlyList<CitationEdge>>.Fail(SourceErrorKind.Malformed, $"Semantic Scholar {id.SourceForm} citations at offset {o}: {e.Message}", requests);
            }
        }
        return SourceResult<IReadOnlyList<CitationEdge>>.Ok(edges, requests, downloads, stale);
    }

    private static SourceResult<T> Failure<T>(FetchResponse response, string what, int requests) where T : class
    {
        if (response.Throttle is not null) return SourceResult<T>.Throttled(response, "Semantic Scholar", what, requests);
        if (response.Status == 0)
            return SourceResult<T>.Fail(SourceErrorKind.Unavailable, $"Semantic Scholar {what}: {response.TransportError} (after {response.Attempts} attempts)", requests);
        var message = SemanticScholarJson.ErrorMessage(response.Body);
        return response.Status switch
        {
            404 => SourceResult<T>.Fail(SourceErrorKind.NotFound, message, requests),
            400 or 401 or 403 => SourceResult<T>.Fail(SourceErrorKind.Rejected, $"Semantic Scholar rejected {what} ({response.Status}): {message}", requests),
            _ => SourceResult<T>.Fail(SourceErrorKind.Unavailable, $"Semantic Scholar {what}: {response.Status} {message} (after {response.Attempts} attempts)", requests),
        };
    }
}
