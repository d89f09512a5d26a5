using HubCrawler.Abstractions;

namespace HubCrawler.Contracts;

/// <summary>One page of the citations explorer, with the address of the next page.</summary>
/// <param name="PaperId">The canonical id of the cited paper.</param>
/// <param name="Total">Citations matching the filter, over all pages.</param>
/// <param name="Offset">Index of the first item of this page among the matching citations.</param>
/// <param name="Limit">Page size asked for.</param>
/// <param name="NextOffset">Offset of the next page; null on the last page.</param>
/// <param name="Next">Relative URL of the next page with the same filters; null on the last page.</param>
/// <param name="Items">The citing papers of this page.</param>
public sealed record CitationPageResponse(
    string PaperId, int Total, int Offset, int Limit, int? NextOffset, string? Next, IReadOnlyList<CitationEdge> Items)
{
    /// <summary><c>citations</c>, or <c>references</c> when the items are the papers the paper cites (their <c>citing*</c> fields name the cited paper).</summary>
    public EdgeDirection Direction { get; init; } = EdgeDirection.Citations;
}
