using HubCrawler.Abstractions;

namespace HubCrawler.Grains;

/// <summary>Lookups by any id form. Stateless, so every silo runs its own copies.</summary>
[StatelessWorker]
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

    public async Task<CitationsLookup> Citations(string id, CitationQuery query)
    {
        if (query.Validate() is { } invalid) return new CitationsLookup { Error = LookupErrorKind.InvalidInput, Message = invalid };
        var lookup = await Lookup(id);
        if (lookup.Hub is null) return new CitationsLookup { Error = lookup.Error, Message = lookup.Message };
        var page = await GrainFactory.GetGrain<IPaperGrain>(lookup.Hub.PaperId).GetCitations(query);
        return new CitationsLookup { Page = page };
    }

    public async Task<CitationsLookup> References(string id, CitationQuery query)
    {
        if (query.Validate() is { } invalid) return new CitationsLookup { Error = LookupErrorKind.InvalidInput, Message = invalid };
        var lookup = await Lookup(id);
        if (lookup.Hub is null) return new CitationsLookup { Error = lookup.Error, Message = lookup.Message };
        return await GrainFactory.GetGrain<IPaperGrain>(lookup.Hub.PaperId).GetReferences(query);
    }
}
