namespace HubCrawler.Abstractions;

/// <summary>The names HubCrawler's telemetry is published under, for the hosts that export it.</summary>
public static class TelemetryNames
{
    /// <summary>The meter of HubCrawler's own instruments (hubcrawler.*).</summary>
    public const string Meter = "HubCrawler";

    /// <summary>The activity source of HubCrawler's own spans (source requests).</summary>
    public const string ActivitySource = "HubCrawler";

    /// <summary>The meter Orleans 10 publishes its runtime instruments under.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>The activity sources Orleans 10 publishes grain calls under (with AddActivityPropagation).</summary>
    public static readonly string[] OrleansActivitySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];
}
