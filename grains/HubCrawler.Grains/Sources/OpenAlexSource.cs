using HubCrawler.Abstractions;
using HubCrawler.Grains.Caching;
using HubCrawler.Grains.Fetching;
using Microsoft.Extensions.Options;

namespace HubCrawler.Grains.Sources;

/// <summary>OpenAlex: a work by OpenAlex id, DOI or PMID, and the works that cite it through
/// <c>filter=cites:W…</c> with cursor paging. No citation contexts or intents.</summary>
public sealed class OpenAlexSource : IPaperSource
{
    public const string Name = Hubs.FieldPrecedence.OpenAlex;

    private readonly OpenAlexOptions _options;
    private readonly string _baseUrl;
    private readonly SourceDocumentReader _reader;

    public OpenAlexSource(FetchPipeline pipeline, CachingFetcher fetch, IOptions<OpenAlexOptions> options)
    {
        _options = options.Value;
        _baseUrl = SourceHost.Register(pipeline, OpenAlexOptions.Section, _options.BaseUrl, _options.MaxConcurrency, _options.RequestsPerSecond);
        _reader = new SourceDocumentReader(fetch, Name, "OpenAlex", _options.CacheTimeToLive, OpenAlexJson.ErrorMessage);
    }

    string IPaperSource.Name => Name;

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
        var edges = new List<CitationEdge>();
        var pageSize = Math.Clamp(_options.PageSize, 1, OpenAlexOptions.MaxPageSize);
        var cursor = "*";
        while (cursor is not null && edges.Count < _options.MaxCitationsPerPaper)
        {
            var page = await _reader.ReadAsync(Request($"/works?filter=cites:{workId}&per-page={pageSize}&cursor={Uri.EscapeDataString(cursor)}"),
                $"works citing {workId}", fetch.Revalidate, OpenAlexJson.ParseList, cancellationToken, SourceRequestKinds.Citations);
            tally.Add(page);
            if (!page.IsSuccess) return page.FailAs<SourceRecord>().CountedBy(tally);
            var (works, next) = page.Value!.Value;
            downloads += page.Downloads;
            stale |= page.Stale;
            edges.AddRange(works.Select(w => OpenAlexJson.Edge(w.Metadata, w.Ids)));
            cursor = works.Count > 0 && next != cursor ? next : null;
        }
        return SourceResult<SourceRecord>.Ok(record with { Citations = edges }, 0, downloads, stale).CountedBy(tally).MarkUnchanged();
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
        return _reader.ReadAsync(Request($"/works/{SourcePaths.Escape(path)}"), $"work {id}", revalidate, OpenAlexJson.ParseWork, cancellationToken);
    }

    // OpenAlex takes its key only in the query string; it is sent but kept out of cache keys and logs.
    private FetchRequest Request(string pathAndQuery) => new(new Uri(_baseUrl + pathAndQuery),
        SecretQuery: string.IsNullOrWhiteSpace(_options.ApiKey) ? null : "api_key=" + Uri.EscapeDataString(_options.ApiKey));
}
