namespace HubCrawler.Abstractions;

/// <summary>What a lookup already learned about a paper before asking its grain: the ids the identifying sources gave
/// (so every enabled source that can name the paper is asked, whatever id keys the grain), and Semantic Scholar's
/// metadata when it identified the paper (so it is not fetched twice).</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.PaperPrime")]
public sealed record PaperPrime
{
    /// <summary>Ids keyed as <see cref="PaperMetadata.ExternalIds"/> keys them ("DOI", "ArXiv", "OpenAlex", ...).</summary>
    [Id(0)] public IReadOnlyDictionary<string, string> Ids { get; init; } = new Dictionary<string, string>();
    [Id(1)] public PaperMetadata? Metadata { get; init; }
}
