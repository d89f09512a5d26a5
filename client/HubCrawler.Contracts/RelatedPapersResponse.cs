namespace HubCrawler.Contracts;

/// <summary>The papers related to one paper, computed from the hubs HubCrawler holds (no source request).</summary>
/// <param name="CoCitation">Papers cited together with it: its citing papers cite them too.</param>
/// <param name="Coupling">Papers that share references with it (bibliographic coupling).</param>
public sealed record RelatedPapersResponse(string PaperId, string? Title, RelatedList CoCitation, RelatedList Coupling);
