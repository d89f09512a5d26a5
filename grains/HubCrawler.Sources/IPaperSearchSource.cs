namespace HubCrawler.Sources;

/// <summary>A source that finds papers by title or words in one request.</summary>
public interface IPaperSearchSource
{
    /// <summary>The source's name, as <see cref="IPaperSource.Name"/>.</summary>
    string Name { get; }

    /// <summary>At most <paramref name="limit"/> papers for <paramref name="query"/>, best first, each with the ids it is
    /// known by: one request, answered from the document cache while the same search is younger than <paramref name="timeToLive"/>.</summary>
    Task<SourceResult<IReadOnlyList<SearchFound>>> SearchAsync(string query, int limit, TimeSpan timeToLive, CancellationToken cancellationToken = default);
}

