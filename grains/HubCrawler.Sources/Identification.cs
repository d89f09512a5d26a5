namespace HubCrawler.Sources;

/// <summary>The grain key an alias names, every id the identifying sources gave, and the source that said so; or why none did.</summary>
public sealed record Identification(string? Key, string? Source, SourceRecord? Record, SourceErrorKind Error, string? Message)
{
    public PaperIdSet Ids { get; init; } = new();
    /// <summary>True when Semantic Scholar, whose ids key grains, is enabled but could not answer (it failed):
    /// the key is another source's and should not be remembered for good.</summary>
    public bool Provisional { get; init; }
}
