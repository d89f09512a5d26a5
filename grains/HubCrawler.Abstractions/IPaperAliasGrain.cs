namespace HubCrawler.Abstractions;

/// <summary>One paper id that is not a grain key as it is (arXiv, DOI, CorpusId, PMID, OpenAlex), keyed by
/// <see cref="PaperIdentifier.AliasKey"/>; remembers which paper grain it names.</summary>
[Alias("hubcrawler.IPaperAliasGrain")]
public interface IPaperAliasGrain : IGrainWithStringKey
{
    /// <summary>The paper's grain key, asking the sources the first time.</summary>
    [Alias("Resolve")]
    Task<AliasResolution> Resolve();

    /// <summary>A paper grain learned this id from a source: remember that it names <paramref name="paperId"/>,
    /// unless the alias already names a paper.</summary>
    [OneWay]
    [Alias("Claim")]
    Task Claim(string paperId);
}
