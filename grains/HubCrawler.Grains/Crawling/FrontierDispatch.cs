namespace HubCrawler.Grains.Crawling;

/// <summary>A visit the frontier wants sent now.</summary>
public sealed record FrontierDispatch(string PaperId, int Depth, int? KnownCitationCount);
