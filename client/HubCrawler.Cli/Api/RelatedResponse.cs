namespace HubCrawler.Cli.Api;

/// <summary><c>GET /api/papers/{id}/related</c>: co-citation and coupling, each with what was read for it.</summary>
internal sealed record RelatedResponse
{
    public required string PaperId { get; init; }
    public string? Title { get; init; }
    public required RelatedListResponse CoCitation { get; init; }
    public required RelatedListResponse Coupling { get; init; }
}
