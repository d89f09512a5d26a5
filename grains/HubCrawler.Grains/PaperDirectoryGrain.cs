namespace HubCrawler.Grains;

/// <summary>Lookups by any id form. Stateless, so every silo runs its own copies.</summary>
[StatelessWorker]
[GrainType("paperdirectory")]
public sealed class PaperDirectoryGrain : Grain, IPaperDirectoryGrain
{
    public Task<AliasResolution> Resolve(string id)
    {
        if (!PaperIdentifier.TryParse(id, out var parsed, out var error))
            return Task.FromResult(new AliasResolution { Error = LookupErrorKind.InvalidInput, Message = error });
        return parsed.IsCanonical
            ? Task.FromResult(new AliasResolution { CanonicalId = parsed.Value })
            : GrainFactory.GetGrain<IPaperAliasGrain>(parsed.AliasKey).Resolve();
    }

    public async Task<PaperLookup> Lookup(string id, bool refresh = false)
    {
        var resolution = await Resolve(id);
        if (resolution.CanonicalId is not { } canonical)
            return PaperLookup.Failed(resolution.Error, resolution.Message ?? "The paper could not be resolved.");
        var paper = GrainFactory.GetGrain<IPaperGrain>(canonical);
        // The key may be an id only some sources can look up (a DOI arXiv gave): the others learn the ids here.
        if (resolution.Ids.Count > 0 && !PaperIdentifier.IsSemanticScholarId(canonical)) await paper.Prime(new PaperPrime { Ids = resolution.Ids });
        return await paper.GetHub(refresh);
    }

    public Task<CitationsLookup> Citations(string id, CitationQuery query) =>
        OfPaper(id, query, async (paper, q) => new CitationsLookup { Page = await paper.GetCitations(q) });

    public Task<CitationsLookup> References(string id, CitationQuery query) =>
        OfPaper(id, query, (paper, q) => paper.GetReferences(q));

    /// <summary>A list of the paper the id names, once the query is valid and the paper has a hub (fetched first if needed).</summary>
    private async Task<CitationsLookup> OfPaper(string id, CitationQuery query, Func<IPaperGrain, CitationQuery, Task<CitationsLookup>> read)
    {
        if (query.Validate() is { } invalid) return new CitationsLookup { Error = LookupErrorKind.InvalidInput, Message = invalid };
        var lookup = await Lookup(id);
        if (lookup.Hub is null) return new CitationsLookup { Error = lookup.Error, Message = lookup.Message };
        return await read(GrainFactory.GetGrain<IPaperGrain>(lookup.Hub.PaperId), query);
    }
}
