using System.Globalization;
using HubCrawler.Sources.Caching;

namespace HubCrawler.Sources;

/// <summary>The Semantic Scholar Graph API: paper metadata (in batches, through the <see cref="SemanticScholarBatcher"/>)
/// and the papers that cite a paper, paged through <c>next</c>. A paper the API reports as uncited costs no citation
/// request. Without <see cref="SemanticScholarOptions.CacheDocuments"/> no body is kept: the hub keeps each citation
/// page's validators, and a refresh asks about those pages conditionally. Knows this one source's URLs, bodies and
/// error shapes; the politeness and retries are the <see cref="FetchPipeline"/>'s.</summary>
public sealed class SemanticScholarSource : IPaperSource, IPaperSearchSource
{
    public const string Name = "semanticscholar";

    private readonly CachingFetcher _fetch;
    private readonly SemanticScholarBatcher _batcher;
    private readonly SemanticScholarOptions _options;
    private readonly TimeProvider _time;
    private readonly string _baseUrl;
    private readonly Dictionary<string, string> _headers = [];
    private readonly SourceDocumentReader _reader;

    string IPaperSource.Name => Name;

    string IPaperSearchSource.Name => Name;

    bool IPaperSource.ListsReferences => true;

    public SemanticScholarSource(CachingFetcher fetch, SemanticScholarBatcher batcher, IOptions<SemanticScholarOptions> options, TimeProvider time)
    {
        _fetch = fetch;
        _batcher = batcher;
        _options = options.Value;
        _time = time;
        _baseUrl = SourceEndpoint.Of(SemanticScholarOptions.Section, _options).Root;
        if (!string.IsNullOrWhiteSpace(_options.ApiKey)) _headers["x-api-key"] = _options.ApiKey;
        _reader = new SourceDocumentReader(fetch, Name, "Semantic Scholar", _options.CacheTimeToLive, SemanticScholarJson.ErrorMessage, _options.CacheDocuments);
    }

    /// <summary>The Graph API takes its own ids and DOI, arXiv, CorpusId and PMID forms; not OpenAlex ids.</summary>
    public PaperIdentifier? LookupId(PaperIdSet ids) =>
        ids[PaperIdScheme.SemanticScholar] ?? ids[PaperIdScheme.Doi] ?? ids[PaperIdScheme.ArXiv] ?? ids[PaperIdScheme.CorpusId] ?? ids[PaperIdScheme.PubMed];

    public async Task<SourceResult<SourceRecord>> IdentifyAsync(PaperIdentifier id, CancellationToken cancellationToken = default)
    {
        var paper = await GetPaperAsync(id, false, cancellationToken);
        return paper.IsSuccess
            ? SourceResult<SourceRecord>.Ok(new SourceRecord(paper.Value!, PaperIdSet.Of(paper.Value!.PaperId, paper.Value.ExternalIds), null), paper.Requests, paper.Downloads, paper.Stale)
                with { RequestsByKind = paper.RequestsByKind }
            : paper.FailAs<SourceRecord>();
    }

    /// <summary>The paper's metadata (from the batcher unless <see cref="SourceFetch.Primed"/>) and its citations:
    /// read at the same time as the metadata when <see cref="SourceFetch.KnownCitationCount"/> says the paper is
    /// cited, else once the metadata says so, and not at all for a paper reported with 0 citations.</summary>
    public async Task<SourceResult<SourceRecord>> FetchAsync(PaperIdentifier id, SourceFetch fetch, CancellationToken cancellationToken = default)
    {
        var tally = new RequestTally();
        var metadata = fetch.Primed;
        var cited = fetch.KnownCitationCount > 0;
        // The listing that found the paper says it is cited: its citation pages need not wait for its metadata.
        var citations = metadata is null && cited && fetch.Lists.HasFlag(EdgeDirection.Citations) ? ReadCitationsAsync(id, fetch, cancellationToken) : null;
        var downloads = 0;
        var shared = false;
        if (metadata is null)
        {
            var paper = await _batcher.GetAsync(id, fetch.Urgent, cancellationToken);
            tally.Add(paper);
            if (!paper.IsSuccess)
            {
                if (citations is not null) tally.Add(await citations);
                return paper.FailAs<SourceRecord>().CountedBy(tally);
            }
            metadata = paper.Value!;
            (downloads, shared) = (paper.Downloads, paper.Shared);
        }

        var ids = PaperIdSet.Of(metadata.PaperId, metadata.ExternalIds);
        string? note = null;
        if (citations is null && fetch.Lists.HasFlag(EdgeDirection.Citations) && metadata.CitationCount <= 0 && !cited)
        {
            note = $"No citations request: Semantic Scholar reported 0 citations on {_time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture)}";
            citations = Task.FromResult(SourceResult<CitationRead>.Ok(new CitationRead([], false, []), 0));
        }
        else if (citations is null && !fetch.Lists.HasFlag(EdgeDirection.Citations))
        {
            // Only the references were asked for: the citation list the hub has stays (the caller keeps it).
            citations = Task.FromResult(SourceResult<CitationRead>.Ok(new CitationRead(null, true, fetch.CitationPages ?? []), 0));
        }
        citations ??= ReadCitationsAsync(PaperIdentifier.Parse(metadata.PaperId), fetch, cancellationToken);

        var references = fetch.Lists.HasFlag(EdgeDirection.References) && metadata.ReferenceCount > 0
            ? WalkAsync(PaperIdentifier.Parse(metadata.PaperId), EdgeList.References, fetch.Revalidate, null, new RequestTally(), cancellationToken)
            : null;
        var read = await citations;
        tally.Add(read);
        var referencesRead = references is null ? null : await references;
        if (referencesRead is not null) tally.Add(referencesRead);
        if (!read.IsSuccess) return read.FailAs<SourceRecord>().CountedBy(tally);
        if (referencesRead is { IsSuccess: false }) return referencesRead.FailAs<SourceRecord>().CountedBy(tally);
        var pages = read.Value!;
        var record = new SourceRecord(metadata, ids, pages.Edges)
        {
            Unchanged = pages.Unchanged,
            CitationPages = pages.Validators,
            CitationListNote = note,
            ReportedCitations = metadata.CitationCount,
            CitationsStoppedEarly = pages.StoppedEarly,
            References = referencesRead?.Value!.Edges ?? (fetch.Lists.HasFlag(EdgeDirection.References) ? [] : null),
            ReportedReferences = metadata.ReferenceCount,
            ReferencesStoppedEarly = referencesRead?.Value!.StoppedEarly,
        };
        return (SourceResult<SourceRecord>.Ok(record, 0, downloads + read.Downloads + (referencesRead?.Downloads ?? 0), read.Stale || referencesRead?.Stale == true)
            with { Shared = shared }).CountedBy(tally);
    }

    /// <summary>The paper's metadata by a single read; <paramref name="id"/> is any form the API takes (a hex id, arXiv:…, DOI:…).</summary>
    public async Task<SourceResult<PaperMetadata>> GetPaperAsync(PaperIdentifier id, bool revalidate = false, CancellationToken cancellationToken = default)
    {
        var url = new Uri($"{_baseUrl}/paper/{PaperIdPath.Segments(id.SourceForm)}?fields={SemanticScholarJson.PaperFields}");
        return (await _reader.ReadAsync(new FetchRequest(url, _headers), $"paper {id.SourceForm}", revalidate, SemanticScholarJson.ParsePaper, cancellationToken)).Unwrap();
    }

    /// <summary>Relevance search (<c>GET /paper/search</c>, at most 100 a page). Hyphens become spaces: the API finds
    /// nothing for a hyphenated term. The document cache keeps the answer for <paramref name="timeToLive"/> whatever
    /// <see cref="SemanticScholarOptions.CacheDocuments"/> says: a search answer has no hub to keep its validators.</summary>
    public async Task<SourceResult<IReadOnlyList<SearchFound>>> SearchAsync(string query, int limit, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        var words = query.Replace('-', ' ');
        var url = new Uri($"{_baseUrl}/paper/search?query={Uri.EscapeDataString(words)}&offset=0&limit={Math.Clamp(limit, 1, 100)}&fields={SemanticScholarJson.SearchFields}");
        var reader = new SourceDocumentReader(_fetch, Name, "Semantic Scholar", timeToLive, SemanticScholarJson.ErrorMessage);
        var read = await reader.ReadAsync(new FetchRequest(url, _headers), $"search for '{query}'", false, SemanticScholarJson.ParseSearch, cancellationToken, SourceRequestKinds.Search);
        return read.IsSuccess
            ? SourceResult<IReadOnlyList<SearchFound>>.Ok(read.Value!.Value.Select(p => new SearchFound(p, PaperIdSet.Of(p.PaperId, p.ExternalIds))).ToList(), read.Requests, read.Downloads, read.Stale)
                with { RequestsByKind = read.RequestsByKind }
            : read.FailAs<IReadOnlyList<SearchFound>>();
    }

    /// <summary>The one paper whose title best matches <paramref name="title"/> (<c>GET /paper/search/match</c>);
    /// <see cref="SourceErrorKind.NotFound"/> when the API finds no match ("Title match not found").</summary>
    public async Task<SourceResult<SearchFound>> MatchTitleAsync(string title, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        var url = new Uri($"{_baseUrl}/paper/search/match?query={Uri.EscapeDataString(title.Replace('-', ' '))}&fields={SemanticScholarJson.SearchFields}");
        var reader = new SourceDocumentReader(_fetch, Name, "Semantic Scholar", timeToLive, SemanticScholarJson.ErrorMessage);
        var read = await reader.ReadAsync(new FetchRequest(url, _headers), $"title match for '{title}'", false, SemanticScholarJson.ParseMatch, cancellationToken, SourceRequestKinds.Search);
        return read.IsSuccess
            ? SourceResult<SearchFound>.Ok(new SearchFound(read.Value!.Value, PaperIdSet.Of(read.Value.Value.PaperId, read.Value.Value.ExternalIds)), read.Requests, read.Downloads, read.Stale)
                with { RequestsByKind = read.RequestsByKind }
            : read.FailAs<SearchFound>();
    }

    /// <summary>Every citation of the paper (up to the configured cap), reading page after page until the API gives no <c>next</c>.</summary>
    public async Task<SourceResult<IReadOnlyList<CitationEdge>>> GetCitationsAsync(string paperId, bool revalidate = false, CancellationToken cancellationToken = default)
    {
        var read = await ReadCitationsAsync(PaperIdentifier.Parse(paperId), new SourceFetch(revalidate), cancellationToken);
        return read.IsSuccess
            ? SourceResult<IReadOnlyList<CitationEdge>>.Ok(read.Value!.Edges!, read.Requests, read.Downloads, read.Stale) with { RequestsByKind = read.RequestsByKind }
            : read.FailAs<IReadOnlyList<CitationEdge>>();
    }

    /// <summary>The citation list: when the hub has the pages' validators (and no document cache is used), each page
    /// is asked about conditionally first; all 304 means the list is unchanged (no edges are sent).</summary>
    private async Task<SourceResult<CitationRead>> ReadCitationsAsync(PaperIdentifier id, SourceFetch fetch, CancellationToken cancellationToken)
    {
        var tally = new RequestTally();
        Dictionary<string, CachedFetch>? changed = null;
        if (!_options.CacheDocuments && fetch.CitationPages is { Count: > 0 } stored)
        {
            // Every page's URL is known, so they are asked about side by side (the host's gate still bounds them).
            var answers = await Task.WhenAll(stored.Select(page => _fetch.GetUncachedAsync(Conditional(page), cancellationToken)));
            foreach (var answer in answers)
                tally.Add(Name, answer.Response.Status == 304 ? SourceRequestKinds.Revalidation : SourceRequestKinds.Citations, answer.Requests);
            if (answers.All(a => a.Response.Status == 304))
                return SourceResult<CitationRead>.Ok(new CitationRead(null, true, stored), 0).CountedBy(tally);
            for (var i = 0; i < answers.Length; i++)
                if (answers[i].Response is { IsSuccess: false, Status: not (304 or 504) } failed)
                    return SemanticScholarErrors.Failure<CitationRead>(failed, $"{id.SourceForm} citations ({stored[i].Url})", 0).CountedBy(tally);
            // Some page changed. The pages that answered 304 sent no body and none was kept, so the list is read
            // again from the start: each page that answered 304 costs one more (unconditional) request; a page that
            // answered 200 is used as it came when the new walk reaches its URL.
            changed = new Dictionary<string, CachedFetch>(StringComparer.Ordinal);
            for (var i = 0; i < answers.Length; i++)
                if (answers[i].Response.IsSuccess) changed[stored[i].Url] = answers[i] with { Requests = 0 };
        }
        return await WalkAsync(id, EdgeList.Citations, fetch.Revalidate, changed, tally, cancellationToken);
    }

    /// <summary>Reads one of the paper's lists page by page until the API gives no <c>next</c>, the paging cap, or HubCrawler's own cap.</summary>
    private async Task<SourceResult<CitationRead>> WalkAsync(PaperIdentifier id, EdgeList list, bool revalidate, Dictionary<string, CachedFetch>? answered, RequestTally tally, CancellationToken cancellationToken)
    {
        var edges = new List<CitationEdge>();
        var validators = new List<CitationPageValidator>();
        var pageSize = Math.Clamp(_options.PageSize, 1, 1000);
        int? offset = 0;
        var malformedReads = 0;
        var downloads = 0;
        var stale = false;
        var unchanged = true;
        string? stoppedEarly = null;
        while (offset is { } o)
        {
            if (edges.Count >= _options.MaxCitationsPerPaper)
            {
                stoppedEarly = $"HubCrawler reads at most {_options.MaxCitationsPerPaper:N0} a paper (Sources:SemanticScholar:MaxCitationsPerPaper)";
                break;
            }
            // The API serves a page only while offset + limit < the cap.
            if (o >= _options.PagingCap - 1)
            {
                stoppedEarly = $"Semantic Scholar does not page a list past {_options.PagingCap:N0}";
                break;
            }
            var limit = Math.Min(Math.Min(pageSize, _options.MaxCitationsPerPaper - edges.Count), _options.PagingCap - 1 - o);
            var url = new Uri($"{_baseUrl}/paper/{PaperIdPath.Segments(id.SourceForm)}/{list.Path}?fields={list.Fields}&offset={o}&limit={limit}");
            var request = new FetchRequest(url, _headers, RetryGatewayTimeout: false);
            var fetched = answered is not null && answered.Remove(url.ToString(), out var kept) ? kept
                : _options.CacheDocuments ? await _fetch.GetAsync(Name, request, _options.CacheTimeToLive, revalidate || malformedReads > 0, cancellationToken)
                : await _fetch.GetUncachedAsync(request, cancellationToken);
            var response = fetched.Response;
            tally.Add(Name, fetched.Origin == DocumentOrigin.Revalidated ? SourceRequestKinds.Revalidation : list.Kind, fetched.Requests);

            if (response.Status == 504 && pageSize > _options.MinPageSize)
            {
                // The API times out on large pages with many fields; a smaller page usually passes.
                pageSize = Math.Max(_options.MinPageSize, pageSize / 2);
                continue;
            }
            if (response.Status == 400 && o > 0 && edges.Count > 0)
            {
                // The API's paging cap is not documented to the item: a 400 deep in a list is where it stopped.
                stoppedEarly = $"Semantic Scholar refused to page past {o:N0}: {SemanticScholarJson.ErrorMessage(response.Body)}";
                break;
            }
            if (!response.IsSuccess) return SemanticScholarErrors.Failure<CitationRead>(response, $"{id.SourceForm} {list.Path} at offset {o}", 0).CountedBy(tally);
            try
            {
                var (page, next) = list.Parse(response.Body);
                await _fetch.AcceptAsync(Name, fetched, cancellationToken);
                edges.AddRange(page);
                if (fetched.Origin == DocumentOrigin.Network) downloads++;
                stale |= fetched.Origin == DocumentOrigin.Stale;
                unchanged &= fetched.Origin is DocumentOrigin.Cache or DocumentOrigin.Revalidated;
                if (!_options.CacheDocuments)
                    validators.Add(new CitationPageValidator { Url = url.ToString(), ETag = response.ETag, LastModified = response.LastModified, FetchedAt = fetched.ValidatedAt ?? _time.GetUtcNow() });
                offset = next is { } n && n > o && page.Count > 0 ? n : null;
            }
            catch (FormatException e)
            {
                if (++malformedReads < 3) continue;
                return SourceResult<CitationRead>.Fail(SourceErrorKind.Malformed, $"Semantic Scholar {id.SourceForm} {list.Path} at offset {o}: {e.Message}", 0).CountedBy(tally);
            }
        }
        // Through the document cache, a list whose every page came from it (fresh, or confirmed by a 304) is unchanged too.
        return SourceResult<CitationRead>.Ok(new CitationRead(edges, _options.CacheDocuments && unchanged && !stale, list == EdgeList.Citations ? validators : [])
            { StoppedEarly = stoppedEarly }, 0, downloads, stale).CountedBy(tally);
    }

    private FetchRequest Conditional(CitationPageValidator page)
    {
        var headers = new Dictionary<string, string>(_headers);
        if (page.ETag is { } etag) headers["If-None-Match"] = etag;
        if (page.LastModified is { } lastModified) headers["If-Modified-Since"] = lastModified.ToString("R", CultureInfo.InvariantCulture);
        return new FetchRequest(new Uri(page.Url), headers, RetryGatewayTimeout: false);
    }

    /// <summary>A list as read: its edges (null when unchanged and not re-read), the pages' validators, and why it ended early.</summary>
    private sealed record CitationRead(IReadOnlyList<CitationEdge>? Edges, bool Unchanged, IReadOnlyList<CitationPageValidator> Validators)
    {
        public string? StoppedEarly { get; init; }
    }

    /// <summary>One of a paper's two lists: where it is, what to ask of it, how to read it, what its requests count as.</summary>
    private sealed record EdgeList(string Path, string Fields, string Kind, Func<byte[], (IReadOnlyList<CitationEdge> Edges, int? Next)> Parse)
    {
        public static readonly EdgeList Citations = new("citations", SemanticScholarJson.CitationFields, SourceRequestKinds.Citations, SemanticScholarJson.ParseCitations);
        public static readonly EdgeList References = new("references", SemanticScholarJson.CitationFields, SourceRequestKinds.References, SemanticScholarJson.ParseReferences);
    }
}
