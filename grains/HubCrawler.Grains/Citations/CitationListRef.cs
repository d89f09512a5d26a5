namespace HubCrawler.Grains.Citations;

/// <summary>Where a paper's citation list lives when it is too long for grain state: a version of
/// fixed-size pages in the citation store.</summary>
[GenerateSerializer, Alias("hubcrawler.CitationListRef")]
public sealed record CitationListRef(
    [property: Id(0)] string Version,
    [property: Id(1)] int Count,
    [property: Id(2)] int PageSize)
{
    public int PageCount => (Count + PageSize - 1) / PageSize;
}
