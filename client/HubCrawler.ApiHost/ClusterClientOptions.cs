namespace HubCrawler.ApiHost;

/// <summary>Which cluster the front end joins as an Orleans client; the defaults match the silo's.</summary>
public sealed class ClusterClientOptions
{
    public const string Section = "Orleans";

    /// <summary>"Localhost" (one gateway on this machine) or "AzureTable" (every gateway the cluster's
    /// membership table lists, so losing one silo does not cut the front end off).</summary>
    public string Membership { get; set; } = "Localhost";
    /// <summary>The Azure Storage connection string holding the membership table (AzureTable only); when not set, the
    /// <c>Storage</c> section is read as the silo reads it (<c>Storage:TableServiceUri</c> or <c>Storage:ConnectionString</c>).</summary>
    public string? StorageConnectionString { get; set; }
    public string ClusterId { get; set; } = "hubcrawler";
    public string ServiceId { get; set; } = "hubcrawler";
    /// <summary>The silo gateway to connect to on localhost.</summary>
    public int GatewayPort { get; set; } = 30000;
    /// <summary>How long a grain call may take; a lookup can wait on a slow, rate-limited source.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>Wait between attempts to reach the cluster at start-up; the front end serves HTTP once it has.</summary>
    public TimeSpan ConnectRetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
