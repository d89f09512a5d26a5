namespace HubCrawler.Grains.Citations;

/// <summary>A list of edges as a paper grain keeps it: inline when short, else in pages of the citation store; with its summary.</summary>
[GenerateSerializer, Alias("hubcrawler.StoredEdgeList")]
public sealed class StoredEdgeList
{
    [Id(0)] public List<CitationEdge> Inline { get; set; } = [];
    [Id(1)] public CitationListRef? Paged { get; set; }
    [Id(2)] public int Count { get; set; }
    [Id(3)] public HubSummary? Summary { get; set; }
    [Id(4)] public DateTimeOffset ReadAt { get; set; }
}
