namespace HubCrawler.Graph;

/// <summary>PageRank over a <see cref="CitationGraph"/>: a citation passes rank from the citing paper to the cited one,
/// a paper citing nothing in the graph spreads its rank evenly, scores sum to 1. Power iteration until the scores move
/// less than <see cref="Tolerance"/> in total (or <see cref="MaxIterations"/>).</summary>
public static class PageRank
{
    public const double Damping = 0.85;
    public const double Tolerance = 1e-10;
    public const int MaxIterations = 200;

    public static double[] Compute(CitationGraph graph, double damping = Damping)
    {
        var n = graph.Papers.Count;
        if (n == 0) return [];
        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        var next = new double[n];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var dangling = 0.0;
            for (var i = 0; i < n; i++)
                if (graph.Cites(i).Count == 0) dangling += rank[i];
            Array.Fill(next, (1 - damping) / n + damping * dangling / n);
            for (var i = 0; i < n; i++)
            {
                var cites = graph.Cites(i);
                if (cites.Count == 0) continue;
                var share = damping * rank[i] / cites.Count;
                foreach (var cited in cites) next[cited] += share;
            }
            var change = 0.0;
            for (var i = 0; i < n; i++) change += Math.Abs(next[i] - rank[i]);
            (rank, next) = (next, rank);
            if (change < Tolerance) break;
        }
        return rank;
    }
}
