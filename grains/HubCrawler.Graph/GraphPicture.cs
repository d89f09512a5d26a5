namespace HubCrawler.Graph;

/// <summary>What a picture of a crawl's graph shows: at most a limit of papers (the top-ranked ones when there are more),
/// laid out by <see cref="ForceLayout"/>, and the citations between the papers shown.</summary>
/// <param name="Edges">Citations between drawn papers, as (citing, cited) indices into <see cref="Nodes"/>.</param>
/// <param name="TotalPapers">Papers in the whole graph.</param>
/// <param name="TotalEdges">Citations in the whole graph.</param>
public sealed record GraphPicture(IReadOnlyList<PictureNode> Nodes, IReadOnlyList<(int Citing, int Cited)> Edges, int TotalPapers, int TotalEdges)
{
    public const int DefaultMaxNodes = 300;

    /// <summary>True when only the top-ranked papers are shown.</summary>
    public bool Summarised => Nodes.Count < TotalPapers;

    public static GraphPicture Build(CitationGraph graph, IReadOnlyList<RankedPaper> ranking, int maxNodes = DefaultMaxNodes)
    {
        var shown = ranking.Take(maxNodes).ToList();
        var position = new Dictionary<int, int>();
        for (var i = 0; i < shown.Count; i++) position[shown[i].Index] = i;
        var edges = graph.Edges()
            .Where(e => position.ContainsKey(e.Citing) && position.ContainsKey(e.Cited))
            .Select(e => (position[e.Citing], position[e.Cited]))
            .ToList();
        var layout = ForceLayout.Compute(shown.Count, edges);
        var nodes = shown.Select((r, i) => new PictureNode(r.Index, r.PaperId, r.Rank, r.CitedBy, layout[i])).ToList();
        return new GraphPicture(nodes, edges, graph.Papers.Count, graph.EdgeCount);
    }
}
