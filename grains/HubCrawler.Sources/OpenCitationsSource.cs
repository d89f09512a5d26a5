using HubCrawler.Sources.Caching;

namespace HubCrawler.Sources;

/// <summary>OpenCitations Index API v2: open DOI-to-DOI citations, <c>/citations/{id}</c> and <c>/references/{id}</c>
/// for a <c>doi:</c> or <c>pmid:</c> id, unpaged. It gives the ids of both ends and nothing else, so it cannot
/// identify a paper and its records carry no metadata; its lists complete the others'. An empty list is what it
/// answers for a paper it does not index as much as for one nobody cites, so it is noted, not reported as 0; a list as
/// long as the API's row limit may have been cut, and says so.</summary>
public sealed class OpenCitationsSource : IPaperSource
{
    public const string Name = Hubs.FieldPrecedence.OpenCitations;

    /// <summary>The note on a record whose citation list came back empty.</summary>
    public const string NotIndexedNote = "opencitations: empty answer (not indexed, or no citations)";

    private const string ReferencesKind = "references";

    private readonly string _baseUrl;
    private readonly int _rowLimit;
    private readonly SourceDocumentReader _reader;
    private readonly IReadOnlyDictionary<string, string> _headers;

    public OpenCitationsSource(CachingFetcher fetch, IOptions<OpenCitationsOptions> options)
    {
        var settings = options.Value;
        _rowLimit = Math.Max(1, settings.RowLimit);
        _baseUrl = SourceEndpoint.Of(OpenCitationsOptions.Section, settings).Root;
        _reader = new SourceDocumentReader(fetch, Name, "OpenCitations", settings.CacheTimeToLive, OpenCitationsJson.ErrorMessage);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Accept"] = "application/json" };
        if (!string.IsNullOrWhiteSpace(settings.AccessToken)) headers["authorization"] = settings.AccessToken;
        _headers = headers;
    }

    string IPaperSource.Name => Name;

    bool IPaperSource.ListsReferences => true;

    public PaperIdentifier? LookupId(PaperIdSet ids) => ids[PaperIdScheme.Doi] ?? ids[PaperIdScheme.PubMed];

    /// <summary>OpenCitations has no metadata to identify a paper by: answered without a request, as not found, so
    /// the next source is asked.</summary>
    public Task<SourceResult<SourceRecord>> IdentifyAsync(PaperIdentifier id, CancellationToken cancellationToken = default) =>
        Task.FromResult(SourceResult<SourceRecord>.Fail(SourceErrorKind.NotFound, $"OpenCitations cannot identify {id}: it gives no metadata beyond ids", 0));

    public async Task<SourceResult<SourceRecord>> FetchAsync(PaperIdentifier id, SourceFetch fetch, CancellationToken cancellationToken = default)
    {
        var path = id.Scheme switch
        {
            PaperIdScheme.Doi => "doi:" + id.Value,
            PaperIdScheme.PubMed => "pmid:" + id.Value,
            _ => throw new ArgumentException($"OpenCitations cannot look up {id}.", nameof(id)),
        };
        var tally = new RequestTally();
        var ids = new PaperIdSet(id);
        var (downloads, stale) = (0, false);
        IReadOnlyList<CitationEdge>? citations = null, references = null;
        string? citationsCut = null, referencesCut = null;
        foreach (var direction in new[] { EdgeDirection.Citations, EdgeDirection.References })
        {
            if (!fetch.Lists.HasFlag(direction)) continue;
            var isCitations = direction == EdgeDirection.Citations;
            var list = await _reader.ReadAsync(Request($"/{(isCitations ? "citations" : "references")}/{PaperIdPath.Segments(path)}"),
                $"{(isCitations ? "citations of" : "references of")} {id}", fetch.Revalidate, OpenCitationsJson.ParseList, cancellationToken,
                isCitations ? SourceRequestKinds.Citations : ReferencesKind);
            tally.Add(list);
            if (!list.IsSuccess) return list.FailAs<SourceRecord>().CountedBy(tally);
            downloads += list.Downloads;
            stale |= list.Stale;
            var rows = list.Value!.Value;
            // The rows name this paper too (cited of a citation, citing of a reference), with the ids OpenCitations knows for it.
            foreach (var row in rows) ids.AddAll(isCitations ? row.Cited : row.Citing);
            var edges = rows.Select(row => isCitations
                ? OpenCitationsJson.Edge(row.Citing, row.Creation, Name)
                : OpenCitationsJson.Edge(row.Cited, null, Name)).ToList();
            var cut = rows.Count >= _rowLimit ? $"opencitations: the list reached its limit of {_rowLimit} rows" : null;
            if (isCitations) (citations, citationsCut) = (edges, cut);
            else (references, referencesCut) = (edges, cut);
        }

        var metadata = new PaperMetadata { PaperId = id.SourceForm, ExternalIds = ids.External() };
        var record = new SourceRecord(metadata, ids, citations)
        {
            References = references,
            ReportedCitations = citations is { Count: > 0 } ? citations.Count : null,
            ReportedReferences = references is { Count: > 0 } ? references.Count : null,
            CitationListNote = citations is { Count: 0 } ? NotIndexedNote : null,
            CitationsStoppedEarly = citationsCut,
            ReferencesStoppedEarly = referencesCut,
        };
        return SourceResult<SourceRecord>.Ok(record, 0, downloads, stale).CountedBy(tally).MarkUnchanged();
    }

    private FetchRequest Request(string pathAndQuery) => new(new Uri(_baseUrl + pathAndQuery), _headers);
}
