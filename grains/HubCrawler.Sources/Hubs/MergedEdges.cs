namespace HubCrawler.Sources.Hubs;

/// <summary>The merged list of one direction and how each source's list added up.</summary>
public sealed record MergedEdges(List<CitationEdge> Edges, IReadOnlyList<EdgeListCount> Counts);
