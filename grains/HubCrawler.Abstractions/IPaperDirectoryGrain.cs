namespace HubCrawler.Abstractions;

/// <summary>The entry point for lookups by any id form: parses the id, resolves aliases and asks
/// the canonical paper grain. Stateless; one per silo or more under load.</summary>
[Alias("hubcrawler.IPaperDirectoryGrain")]
public interface IPaperDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>The canonical paper id for any accepted id form.</summary>
    [Alias("Resolve")]
    Task<AliasResolution> Resolve(string id);

    /// <summary>The hub of the paper the id names.</summary>
    [Alias("Lookup")]
    Task<PaperLookup> Lookup(string id, bool refresh = false);

    /// <summary>A page of the citing papers of the paper the id names, fetching the paper first if needed.</summary>
    [Alias("Citations")]
    Task<CitationsLookup> Citations(string id, CitationQuery query);

    /// <summary>A page of the papers the paper the id names cites, fetching them first if needed.</summary>
    [Alias("References")]
    Task<CitationsLookup> References(string id, CitationQuery query);
}
