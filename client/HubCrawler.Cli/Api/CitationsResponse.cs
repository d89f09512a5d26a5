using HubCrawler.Abstractions;

namespace HubCrawler.Cli.Api;

/// <summary>One page of <c>GET /api/papers/{id}/citations</c>: the page and the link to the next one.</summary>
internal sealed record CitationsResponse
{
    public required string PaperId { get; init; }
    public int Total { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; }
    public int? NextOffset { get; init; }
    /// <summary>The path of the next page with the same filters, or null on the last page.</summary>
    public string? Next { get; init; }
    public IReadOnlyList<CitationEdge> Items { get; init; } = [];
    /// <summary>Citations, or references (the items' <c>citing*</c> fields then name the cited paper).</summary>
    public EdgeDirection Direction { get; init; } = EdgeDirection.Citations;
}
