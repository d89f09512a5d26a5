namespace HubCrawler.Sources;

/// <summary>One paper as a search source found it.</summary>
public sealed record SearchFound(PaperMetadata Metadata, PaperIdSet Ids);
