namespace HubCrawler.Abstractions;

/// <summary>One paper, keyed by its canonical (Semantic Scholar) id. Holds the paper's hub and
/// fetches it from the sources when it is missing or stale.</summary>
[Alias("hubcrawler.IPaperGrain")]
public interface IPaperGrain : IGrainWithStringKey
{
    /// <summary>Visit the paper for a crawl: make sure its hub is fresh, offer its citing papers to the crawl's
    /// frontier partitions, and answer what it did. The frontier awaits the answer, so a visit lost with an
    /// activation or a silo is noticed and sent again; the paper and the partitions are reentrant, so cycles
    /// in the graph never wait on each other. A visit waits for its source's rate limit, hence the long timeout.</summary>
    [ResponseTimeout("00:30:00")]
    [Alias("Visit")]
    Task<VisitResult> Visit(VisitOrder order);

    /// <summary>The hub, fetched first if there is none yet (or <paramref name="refresh"/> asks for a fresh one).</summary>
    [Alias("GetHub")]
    Task<PaperLookup> GetHub(bool refresh = false);

    /// <summary>A page of the citing papers, optionally only those in one role.</summary>
    [Alias("GetCitations")]
    Task<CitationPage> GetCitations(CitationQuery query);

    /// <summary>The whole stored citation list counted by the citing papers' year, role and polarity (fetched first if there is
    /// no hub yet; never a source request for a hub that exists).</summary>
    [Alias("GetCitationYears")]
    Task<CitationYears> GetCitationYears();

    /// <summary>A page of the papers this paper cites (read from the sources the first time they are asked for), with the
    /// same filters as citations; an error when no source could list them.</summary>
    [Alias("GetReferences")]
    Task<CitationsLookup> GetReferences(CitationQuery query);

    /// <summary>The ids the hub holds at both ends of its edges, from storage only: never a source request, never a refresh,
    /// even when the hub is missing or stale (related papers and crawl rankings are computed from these). Only the lists
    /// asked for are read (each list is one or more storage reads); the others come back null.</summary>
    [Alias("GetLinks")]
    Task<PaperLinks> GetLinks(bool citers, bool references);

    /// <summary>What an alias lookup learned (the ids, maybe Semantic Scholar's metadata), so the paper asks every source
    /// that can name it and need not fetch the metadata again. Kept in memory by the activation.</summary>
    [Alias("Prime")]
    Task Prime(PaperPrime prime);
}
