namespace HubCrawler.Api.Export;

/// <summary>A paper as every export format writes it.</summary>
internal sealed record PaperRow(
    string Kind, string PaperId, int RemainingDepth, string? Title, IReadOnlyList<string> Authors, int? Year, string? Venue,
    int? CitationCount, string? BehaviourLabel, DateTimeOffset? FetchedAt, string? Error)
{
    public static PaperRow From(ExportedPaper paper) => new(
        "paper", paper.PaperId, paper.RemainingDepth, paper.Hub?.Metadata.Title, paper.Hub?.Metadata.Authors ?? [],
        paper.Hub?.Metadata.Year, paper.Hub?.Metadata.Venue, paper.Hub?.Metadata.CitationCount, paper.Hub?.Summary.BehaviourLabel,
        paper.Hub?.FetchedAt, paper.Error);
}
