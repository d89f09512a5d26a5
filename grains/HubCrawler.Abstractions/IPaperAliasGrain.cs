namespace HubCrawler.Abstractions;

/// <summary>One non-canonical paper id (arXiv, DOI, CorpusId, PMID), keyed by
/// <see cref="PaperIdentifier.AliasKey"/>; remembers which canonical paper it names.</summary>
public interface IPaperAliasGrain : IGrainWithStringKey
{
    /// <summary>The canonical paper id, asking the source the first time.</summary>
    Task<AliasResolution> Resolve();
}
