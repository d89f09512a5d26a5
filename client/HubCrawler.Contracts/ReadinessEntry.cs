namespace HubCrawler.Contracts;

/// <summary>One readiness check's answer.</summary>
/// <param name="Name">"cluster", "storage", or "source:{name}" for each enabled source.</param>
/// <param name="Status">"healthy", "degraded" (works, but slowly: a source paused or its budget spent) or "unhealthy".</param>
/// <param name="Description">What was seen, in words (a paused source says until when and why).</param>
public sealed record ReadinessEntry(string Name, string Status, string? Description);
