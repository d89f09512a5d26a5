namespace HubCrawler.Hosting.Operations;

/// <summary>How a host is observed: the Prometheus scrape endpoint, the Orleans Dashboard, traces and OTLP export.</summary>
public sealed class OperationsOptions
{
    public const string Section = "Operations";

    /// <summary>The key the dashboard and the metrics endpoint need (X-Api-Key, a bearer token, or the password of HTTP
    /// Basic). When not set, <c>Api:Key</c> is used; when neither is set, only clients on this machine (loopback) get in.</summary>
    public string? Key { get; set; }

    /// <summary>Serve the Orleans Dashboard under <see cref="DashboardPath"/>. Off unless set: the dashboard's own routes
    /// have no authentication, and its grain profiler costs a little on every grain call.</summary>
    public bool Dashboard { get; set; }

    public string DashboardPath { get; set; } = "/dashboard";

    /// <summary>Serve the Prometheus scrape endpoint at <see cref="MetricsPath"/>.</summary>
    public bool Prometheus { get; set; } = true;

    public string MetricsPath { get; set; } = "/metrics";

    /// <summary>Record traces (HTTP requests, grain calls, source requests). On by itself when <see cref="OtlpEndpoint"/> is set.</summary>
    public bool Tracing { get; set; }

    /// <summary>Where to send metrics, traces and logs over OTLP (e.g. an OpenTelemetry collector, or Azure Monitor's);
    /// the standard OTEL_EXPORTER_OTLP_ENDPOINT variable works too. Not set: nothing is pushed.</summary>
    public string? OtlpEndpoint { get; set; }
}
