namespace HubCrawler.Cli.Api;

/// <summary>One paper of a search answer.</summary>
internal sealed record FoundPaper
{
    public string HubId { get; init; } = "";
    public string? Title { get; init; }
    public int? Year { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Venue { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
}
