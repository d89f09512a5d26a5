using HubCrawler.Sources.Caching;

namespace HubCrawler.Sources;

/// <summary>OpenAlex: a work by OpenAlex id, DOI or PMID, and the works that cite it through
/// <c>filter=cites:W…</c> with cursor paging. No citation contexts or intents.</summary>
public sealed class OpenAlexSource : IPaperSource, IPaperSearchSource
{
    public const string Name = Hubs.FieldPrecedence.OpenAlex;

    private readonly OpenAlexOptions _options;
    private readonly string _baseUrl;
    private readonly SourceDocumentReader _reader;
    private readonly CachingFetcher _fetch;

    public OpenAlexSource(CachingFetcher fetch, IOptions<OpenAlexOptions> options)
    {
        _options = options.Value;
        _baseUrl = SourceEndpoint.Of(OpenAlexOptions.Section, _options).Root;
        _reader = new SourceDocumentReader(fetch, Name, "OpenAlex", _options.CacheTimeToLive, OpenAlexJson.ErrorMessage);
        _fetch = fetch;
    }

    string IPaperSource.Name => Name;

    string IPaperSearchSource.Name => Name;

    /// <summary>Works for <paramref name="query"/> (<c>GET /works?search=…</c>, by relevance, at most 100 a page).
    /// Search costs more of the daily budget than a list call, so the answer is cached for <paramref name="timeToLive"/>.</summary>
    public async Task<SourceResult<IReadOnlyList<SearchFound>>> SearchAsync(string query, int limit, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        var reader = new SourceDocumentReader(_fetch, Name, "OpenAlex", timeToLive, OpenAlexJson.ErrorMessage);
        var read = await reader.ReadAsync(Request($"/works?search={Uri.EscapeDataString(query)}&per-page={Math.Clamp(limit, 1, OpenAlexOptions.MaxPageSize)}"),
            $"search for '{query}'", false, OpenAlexJson.ParseList, cancellationToken, SourceRequestKinds.Search);
        return read.IsSuccess
            ? SourceResult<IReadOnlyList<SearchFound>>.Ok(read.Value!.Value.Works.Select(w => new SearchFound(w.Metadata, w.Ids)).ToList(), read.Requests, read.Downloads, read.Stale)
                with { RequestsByKind = read.RequestsByKind }
            : read.FailAs<IReadOnlyList<SearchFound>>();
    }

    bool IPaperSource.ListsReferences => true;

    // A journal DOI names the published version, whose record OpenAlex keeps the citations on; an arXiv paper
    // without one is named by arXiv's DataCite DOI.
    public PaperIdentifier? LookupId(PaperIdSet ids) => ids[PaperIdScheme.OpenAlex] ?? ids[PaperIdScheme.Doi] ?? ids[PaperIdScheme.PubMed] ?? ids.DataCiteDoi;

    public async Task<SourceResult<SourceRecord>> IdentifyAsync(PaperIdentifier id, CancellationToken cancellationToken = default) =>
        (await GetWorkAsync(id, false, cancellationToken)).Unwrap();

    public async Task<SourceResult<SourceRecord>> FetchAsync(PaperIdentifier id, SourceFetch fetch, CancellationToken cancellationToken = default)
    {
        var tally = new RequestTally();
        var work = await GetWorkAsync(id, fetch.Revalidate, cancellationToken);
        tally.Add(work);
        if (!work.IsSuccess) return work.FailAs<SourceRecord>();
        var record = work.Value!.Value;
        var (downloads, stale) = (work.Downloads, work.Stale);

        var workId = record.Ids[PaperIdScheme.OpenAlex]!.Value;
        List<CitationEdge>? edges = null;
        string? stoppedEarly = null;
        if (fetch.Lists.HasFlag(EdgeDirection.Citations))
        {
            edges = [];
            var pageSize = Math.Clamp(_options.PageSize, 1, OpenAlexOptions.MaxPageSize);
            var cursor = "*";
            while (cursor is not null)
            {
                if (edges.Count >= _options.MaxCitationsPerPaper)
                {
                    stoppedEarly = $"HubCrawler reads at most {_options.MaxCitationsPerPaper:N0} a paper (Sources:OpenAlex:MaxCitationsPerPaper)";
                    break;
                }
                var page = await _reader.ReadAsync(Request($"/works?filter=cites:{workId}&per-page={pageSize}&cursor={Uri.EscapeDataString(cursor)}"),
                    $"works citing {workId}", fetch.Revalidate, OpenAlexJson.ParseList, cancellationToken, SourceRequestKinds.Citations);
                tally.Add(page);
                if (page.Error == SourceErrorKind.Throttled) return page.FailAs<SourceRecord>().CountedBy(tally);
                if (!page.IsSuccess)
                {
                    // The work itself parsed: it is kept, and its list says where and why it ended.
                    stoppedEarly = $"a cited-by page failed after {edges.Count:N0}: {page.Message}";
                    break;
                }
                var (works, next) = page.Value!.Value;
                downloads += page.Downloads;
                stale |= page.Stale;
                edges.AddRange(works.Select(w => OpenAlexJson.Edge(w.Metadata, w.Ids)));
                cursor = works.Count > 0 && next != cursor ? next : null;
            }
        }

        List<CitationEdge>? references = null;
        string? referencesStoppedEarly = null;
        if (fetch.Lists.HasFlag(EdgeDirection.References))
        {
            // referenced_works names works by id only: they are looked up 100 at a time (the most one filter may OR).
            references = [];
            var cited = (record.References ?? []).Select(r => r.CitingExternalIds["OpenAlex"]).ToList();
            foreach (var chunk in cited.Chunk(OpenAlexOptions.MaxPageSize))
            {
                var page = await _reader.ReadAsync(Request($"/works?filter=openalex:{string.Join('|', chunk)}&per-page={chunk.Length}"),
                    $"works {workId} cites", fetch.Revalidate, OpenAlexJson.ParseList, cancellationToken, SourceRequestKinds.References);
                tally.Add(page);
                if (page.Error == SourceErrorKind.Throttled) return page.FailAs<SourceRecord>().CountedBy(tally);
                if (!page.IsSuccess)
                {
                    referencesStoppedEarly = $"a page of referenced works failed after {references.Count:N0}: {page.Message}";
                    break;
                }
                var found = new Dictionary<string, (PaperMetadata Metadata, PaperIdSet Ids)>(StringComparer.OrdinalIgnoreCase);
                foreach (var w in page.Value!.Value.Works) found.TryAdd(w.Ids[PaperIdScheme.OpenAlex]!.Value, w);
                downloads += page.Downloads;
                // A referenced work OpenAlex no longer serves is still an edge, named by its id.
                references.AddRange(chunk.Select(id => found.TryGetValue(id, out var w) ? OpenAlexJson.Edge(w.Metadata, w.Ids)
                    : record.References!.First(r => r.CitingExternalIds["OpenAlex"] == id)));
            }
        }
        var result = SourceResult<SourceRecord>.Ok(record with
        {
            Citations = edges,
            CitationsStoppedEarly = stoppedEarly,
            References = references,
            ReferencesStoppedEarly = referencesStoppedEarly,
        }, 0, downloads, stale).CountedBy(tally).MarkUnchanged();
        // A list cut short is not the list the hub had.
        return stoppedEarly is null ? result : result with { Value = result.Value! with { Unchanged = false } };
    }

    private Task<SourceResult<Parsed<SourceRecord>>> GetWorkAsync(PaperIdentifier id, bool revalidate, CancellationToken cancellationToken)
    {
        var path = id.Scheme switch
        {
            PaperIdScheme.OpenAlex => id.Value,
            PaperIdScheme.Doi => "doi:" + id.Value,
            PaperIdScheme.PubMed => "pmid:" + id.Value,
            _ => throw new ArgumentException($"OpenAlex cannot look up {id}.", nameof(id)),
        };
        return _reader.ReadAsync(Request($"/works/{PaperIdPath.Segments(path)}"), $"work {id}", revalidate, OpenAlexJson.ParseWork, cancellationToken);
    }

    // OpenAlex takes its key only in the query string; it is sent but kept out of cache keys and logs.
    private FetchRequest Request(string pathAndQuery) => new(new Uri(_baseUrl + pathAndQuery),
        SecretQuery: string.IsNullOrWhiteSpace(_options.ApiKey) ? null : "api_key=" + Uri.EscapeDataString(_options.ApiKey));
}
