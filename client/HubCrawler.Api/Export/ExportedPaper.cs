namespace HubCrawler.Api.Export;

/// <summary>A paper a crawl admitted, its hub (null with <paramref name="Error"/> when it has none),
/// and its citations from other papers the same crawl admitted (one per citing paper).</summary>
/// <param name="PaperId">The canonical paper id.</param>
/// <param name="RemainingDepth">The citation hops the crawl still had when it admitted the paper.</param>
/// <param name="Hub">The paper's hub, or null when it could not be fetched.</param>
/// <param name="Error">Why there is no hub.</param>
/// <param name="Citations">Citations whose citing paper the crawl also admitted.</param>
/// <param name="References">References (read, if they were) to papers the crawl also admitted and whose citation lists did not already give the edge.</param>
internal sealed record ExportedPaper(string PaperId, int RemainingDepth, PaperHub? Hub, string? Error, IReadOnlyList<CitationEdge> Citations,
    IReadOnlyList<CitationEdge> References)
{
    public IReadOnlyList<EdgeRow> Edges() =>
        [.. Citations.Select(c => EdgeRow.From(PaperId, c)), .. References.Select(r => EdgeRow.FromReference(PaperId, r))];
}
