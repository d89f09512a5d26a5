namespace HubCrawler.Graph;

/// <summary>A paper related to another through shared neighbours: <see cref="Count"/> papers link to both (co-citation:
/// citing papers that cite both) or both link to them (coupling: references they share).</summary>
public sealed record SharedNeighbour(string PaperId, int Count);
