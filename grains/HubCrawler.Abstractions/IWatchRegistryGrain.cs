namespace HubCrawler.Abstractions;

/// <summary>The ids of all watches (one registry, key 0), for listing them.</summary>
public interface IWatchRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>Adds a watch; false when the registry is full (<c>Watches:MaxWatches</c>).</summary>
    Task<bool> Add(string watchId);

    Task Remove(string watchId);

    /// <summary>The watch ids, oldest first.</summary>
    Task<IReadOnlyList<string>> List();
}
