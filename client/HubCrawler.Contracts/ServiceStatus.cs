namespace HubCrawler.Contracts;

/// <summary>The answer of the health and readiness probes.</summary>
/// <param name="Status">"ok" (the process serves HTTP), "ready" (every readiness check is healthy) or "degraded"
/// (ready, but a check says why work is slow: a source paused, its budget spent).</param>
/// <param name="Checks">The readiness checks (readiness only).</param>
public sealed record ServiceStatus(string Status, IReadOnlyList<ReadinessEntry>? Checks = null);
