namespace HubCrawler.Sources.Hubs;

/// <summary>One source's list of one direction, with what the source reports the paper has and why the list ended early.</summary>
public sealed record SourceEdgeList(string Source, IReadOnlyList<CitationEdge> Edges, int? Reported, string? StoppedEarly);
