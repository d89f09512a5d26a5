using HubCrawler.Sources.Caching;

namespace HubCrawler.Sources;

/// <summary>Another HubCrawler deployment's hub pages: the paper and its citing papers, page after page
/// of the explorer, so a crawl follows the links of one hub page to the next (mirroring, federation).</summary>
public sealed class HubPageSource : IPaperSource
{
    public const string Name = Hubs.FieldPrecedence.Hub;

    private readonly HubPageOptions _options;
    private readonly string _baseUrl;
    private readonly SourceDocumentReader _reader;

    public HubPageSource(CachingFetcher fetch, IOptions<HubPageOptions> options)
    {
        _options = options.Value;
        _baseUrl = SourceEndpoint.Of(HubPageOptions.Section, _options).Root;
        _reader = new SourceDocumentReader(fetch, Name, "Hub page", _options.CacheTimeToLive, HtmlBodies.ErrorMessage);
    }

    string IPaperSource.Name => Name;

    /// <summary>A hub takes any id form; its own keys are Semantic Scholar ids when it has them.</summary>
    public PaperIdentifier? LookupId(PaperIdSet ids) =>
        ids[PaperIdScheme.SemanticScholar] ?? ids[PaperIdScheme.Doi] ?? ids[PaperIdScheme.ArXiv] ?? ids[PaperIdScheme.OpenAlex] ?? ids[PaperIdScheme.CorpusId] ?? ids[PaperIdScheme.PubMed];

    /// <summary>The first page of the paper: the one a full fetch reads first, so it is cached for that.</summary>
    public Task<SourceResult<SourceRecord>> IdentifyAsync(PaperIdentifier id, CancellationToken cancellationToken = default) =>
        ReadAsync(id, SourceFetch.Default, firstPageOnly: true, cancellationToken);

    public Task<SourceResult<SourceRecord>> FetchAsync(PaperIdentifier id, SourceFetch fetch, CancellationToken cancellationToken = default) =>
        ReadAsync(id, fetch, firstPageOnly: false, cancellationToken);

    private async Task<SourceResult<SourceRecord>> ReadAsync(PaperIdentifier id, SourceFetch fetch, bool firstPageOnly, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(_options.PageSize, 1, CitationQuery.MaxLimit);
        var tally = new RequestTally();
        var first = await ReadPageAsync(id, 0, limit, fetch, cancellationToken);
        tally.Add(first);
        if (!first.IsSuccess) return first.FailAs<SourceRecord>();
        var (paper, citations, next, total) = first.Value!.Value;
        var (downloads, stale) = (first.Downloads, first.Stale);
        var edges = new List<CitationEdge>(citations);
        if (!firstPageOnly && next is { } second)
        {
            // The first page says how many there are, so the other pages' offsets are known: read them
            // side by side (the host's gate still bounds the requests) rather than one round trip after another.
            var end = Math.Min(total, _options.MaxCitationsPerPaper);
            var offsets = Enumerable.Range(0, (end - second + limit - 1) / limit).Select(i => second + i * limit).ToList();
            using var slots = new SemaphoreSlim(Math.Max(1, _options.ParallelPages));
            var pages = await Task.WhenAll(offsets.Select(async offset =>
            {
                await slots.WaitAsync(cancellationToken);
                try
                {
                    return await ReadPageAsync(id, offset, limit, fetch, cancellationToken);
                }
                finally
                {
                    slots.Release();
                }
            }));
            foreach (var page in pages)
            {
                tally.Add(page);
                if (!page.IsSuccess) return page.FailAs<SourceRecord>().CountedBy(tally);
                downloads += page.Downloads;
                stale |= page.Stale;
                edges.AddRange(page.Value!.Value.Citations);
            }
        }
        return SourceResult<SourceRecord>.Ok(paper with { Citations = edges }, 0, downloads, stale).CountedBy(tally).MarkUnchanged();
    }

    private Task<SourceResult<Parsed<(SourceRecord Paper, IReadOnlyList<CitationEdge> Citations, int? NextOffset, int Total)>>> ReadPageAsync(
        PaperIdentifier id, int offset, int limit, SourceFetch fetch, CancellationToken cancellationToken)
    {
        var url = new Uri($"{_baseUrl}/papers/{PaperIdPath.Segments(id.SourceForm)}?limit={limit}" + (offset > 0 ? $"&offset={offset}" : ""));
        // The first page is the paper's own; the others only list its citing papers.
        return _reader.ReadAsync(new FetchRequest(url), $"hub page of {id} at offset {offset}", fetch.Revalidate, HubPageDocument.Parse, cancellationToken,
            offset == 0 ? SourceRequestKinds.Metadata : SourceRequestKinds.Citations);
    }
}
