namespace HubCrawler.Grains;

/// <summary>The clock hubs age on: when a hub was fetched, how old it is and whether it is still fresh. It is the host's
/// <see cref="TimeProvider"/> unless the host registers another under <see cref="Key"/> (a test that ages hubs without
/// waiting), so the sources' rate limits, batch windows and Orleans' own timers stay on the host's clock.</summary>
public static class HubClock
{
    /// <summary>The service key of the hub clock.</summary>
    public const string Key = "hubcrawler-hubs";
}
