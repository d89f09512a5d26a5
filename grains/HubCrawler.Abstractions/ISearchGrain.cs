namespace HubCrawler.Abstractions;

/// <summary>Finds papers by title or words through the enabled sources that search (Semantic Scholar, OpenAlex), over
/// the silo's fetch pipeline, so their rate limits and host allow-list hold cluster-wide. A paper id is answered as
/// itself without a request. Stateless; one per silo or more under load.</summary>
[Alias("hubcrawler.ISearchGrain")]
public interface ISearchGrain : IGrainWithIntegerKey
{
    /// <summary>At most <paramref name="limit"/> papers (1 to <see cref="SearchInput.MaxLimit"/>) for <paramref name="query"/>.</summary>
    [Alias("Search")]
    Task<SearchAnswer> Search(string query, int limit = SearchInput.DefaultLimit);
}
