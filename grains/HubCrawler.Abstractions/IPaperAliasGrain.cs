namespace HubCrawler.Abstractions;

/// <summary>One paper id that is not a grain key as it is (arXiv, DOI, CorpusId, PMID, OpenAlex), keyed by
/// <see cref="PaperIdentifier.AliasKey"/>; remembers which paper grain it names.</summary>
public interface IPaperAliasGrain : IGrainWithStringKey
{
    /// <summary>The paper's grain key, asking the sources the first time.</summary>
    Task<AliasResolution> Resolve();

    /// <summary>A paper grain learned this id from a source: remember that it names <paramref name="paperId"/>,
    /// unless the alias already names a paper.</summary>
    [OneWay]
    Task Claim(string paperId);
}
