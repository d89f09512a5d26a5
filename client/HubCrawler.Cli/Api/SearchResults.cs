namespace HubCrawler.Cli.Api;

/// <summary>The answer of <c>GET /api/search</c>.</summary>
internal sealed record SearchResults
{
    public string Query { get; init; } = "";
    public bool IsId { get; init; }
    public FoundPaper? ExactMatch { get; init; }
    public IReadOnlyList<FoundPaper> Results { get; init; } = [];
    public IReadOnlyList<string> Sources { get; init; } = [];
    public IReadOnlyDictionary<string, string> FailedSources { get; init; } = new Dictionary<string, string>();
    public int Requests { get; init; }
}
