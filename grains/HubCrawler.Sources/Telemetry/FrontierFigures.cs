namespace HubCrawler.Sources.Telemetry;

/// <summary>One frontier partition's figures as the gauges read them.</summary>
/// <param name="Admitted">Papers admitted to the partition.</param>
/// <param name="Pending">Admitted papers not reported back yet.</param>
/// <param name="InFlight">Visits sent and not answered.</param>
/// <param name="Waiting">Papers waiting for a paused host.</param>
public sealed record FrontierFigures(int Admitted, int Pending, int InFlight, int Waiting);
