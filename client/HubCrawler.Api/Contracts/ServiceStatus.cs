namespace HubCrawler.Api.Contracts;

/// <summary>The answer of the health and readiness probes.</summary>
/// <param name="Status">"ok" (the process serves HTTP) or "ready" (the cluster answers grain calls).</param>
public sealed record ServiceStatus(string Status);
