namespace HubCrawler.Silo;

/// <summary>The silo's place in its cluster.</summary>
public sealed class SiloOptions
{
    public const string Section = "Orleans";

    /// <summary>"Localhost" (one silo, the default) or "AzureTable" (a cluster whose membership is kept in Azure Table storage).
    /// Not "Clustering": Orleans reads Orleans:Clustering itself.</summary>
    public string Membership { get; set; } = "Localhost";
    /// <summary>The address other silos and clients reach this silo at; loopback when not set.</summary>
    public string? AdvertisedIPAddress { get; set; }
    public string ClusterId { get; set; } = "hubcrawler";
    public string ServiceId { get; set; } = "hubcrawler";
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;
    /// <summary>How often a silo writes "I am alive" to the membership table. After a whole cluster
    /// dies, silos starting again ignore dead entries older than two periods, so a full restart with
    /// the same cluster id joins within about two periods.</summary>
    public TimeSpan IAmAlivePeriod { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>How long a grain call may take; a lookup can wait on a slow, rate-limited source.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
