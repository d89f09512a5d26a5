using HubCrawler.Sources.Caching;

namespace HubCrawler.Sources;

/// <summary>arXiv: authoritative metadata from abs pages (<c>{BaseUrl}/abs/{id}</c>). Lists no citations.</summary>
public sealed class ArxivSource : IPaperSource
{
    public const string Name = Hubs.FieldPrecedence.Arxiv;

    private readonly string _baseUrl;
    private readonly SourceDocumentReader _reader;

    public ArxivSource(CachingFetcher fetch, IOptions<ArxivOptions> options)
    {
        var o = options.Value;
        _baseUrl = SourceEndpoint.Of(ArxivOptions.Section, o).Root;
        _reader = new SourceDocumentReader(fetch, Name, "arXiv", o.CacheTimeToLive, HtmlBodies.ErrorMessage);
    }

    string IPaperSource.Name => Name;

    public PaperIdentifier? LookupId(PaperIdSet ids) => ids[PaperIdScheme.ArXiv];

    public Task<SourceResult<SourceRecord>> IdentifyAsync(PaperIdentifier id, CancellationToken cancellationToken = default) =>
        FetchAsync(id, SourceFetch.Default, cancellationToken);

    public async Task<SourceResult<SourceRecord>> FetchAsync(PaperIdentifier id, SourceFetch fetch, CancellationToken cancellationToken = default)
    {
        // Old-style ids keep their slash ("hep-th/9901001"): it is part of the path arXiv serves.
        return (await _reader.ReadAsync(new FetchRequest(new Uri($"{_baseUrl}/abs/{id.Value}")), $"abs page {id}", fetch.Revalidate, ArxivAbsPage.Parse, cancellationToken)).Unwrap().MarkUnchanged();
    }
}
