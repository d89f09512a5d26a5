namespace HubCrawler.Abstractions;

/// <summary>The ids of all watches (one registry, key 0), for listing them.</summary>
[Alias("hubcrawler.IWatchRegistryGrain")]
public interface IWatchRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>Adds a watch; false when the registry is full (<c>Watches:MaxWatches</c>).</summary>
    [Alias("Add")]
    Task<bool> Add(string watchId);

    [Alias("Remove")]
    Task Remove(string watchId);

    /// <summary>The watch ids, oldest first.</summary>
    [Alias("List")]
    Task<IReadOnlyList<string>> List();
}
