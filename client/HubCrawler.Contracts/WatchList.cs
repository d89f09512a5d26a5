namespace HubCrawler.Contracts;

/// <summary>All watches, oldest first.</summary>
/// <param name="Items">The watches.</param>
public sealed record WatchList(IReadOnlyList<WatchResponse> Items);
