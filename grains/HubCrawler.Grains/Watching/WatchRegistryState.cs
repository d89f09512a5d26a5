namespace HubCrawler.Grains.Watching;

/// <summary>The ids of all watches, oldest first.</summary>
[GenerateSerializer, Alias("hubcrawler.WatchRegistryState")]
public sealed class WatchRegistryState
{
    [Id(0)] public List<string> WatchIds { get; set; } = [];
}
