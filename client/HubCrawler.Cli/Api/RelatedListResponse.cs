namespace HubCrawler.Cli.Api;

/// <summary>One list of related papers: <c>complete</c>, <c>partial</c> (some lists not read) or <c>unknown</c>.</summary>
internal sealed record RelatedListResponse
{
    public string Status { get; init; } = "";
    public int Neighbours { get; init; }
    public int ListsRead { get; init; }
    public int ListsNotRead { get; init; }
    public string Note { get; init; } = "";
    public int Total { get; init; }
    public IReadOnlyList<RelatedItem> Items { get; init; } = [];
}
