namespace HubCrawler.Silo;

/// <summary>The silo's place in its cluster.</summary>
public sealed class SiloOptions
{
    public const string Section = "Orleans";

    public string ClusterId { get; set; } = "hubcrawler";
    public string ServiceId { get; set; } = "hubcrawler";
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;
    /// <summary>How long a grain call may take; a lookup can wait on a slow, rate-limited source.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
