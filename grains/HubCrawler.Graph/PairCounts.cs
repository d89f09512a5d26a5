namespace HubCrawler.Graph;

/// <summary>Co-citation and coupling for a crawl as a whole: the pairs of its papers most often cited together by its papers,
/// and the pairs sharing the most references among its papers. Counted over the <see cref="CitationGraph"/> only.</summary>
public static class PairCounts
{
    /// <summary>A paper with more neighbours than this adds no pairs: its pairs would grow with the square of them.</summary>
    public const int MaxDegree = 1000;

    /// <summary>Pairs cited together: for each paper, every pair of papers it cites.</summary>
    public static IReadOnlyList<PaperPair> CoCited(CitationGraph graph, int top) => Top(graph, graph.Cites, top);

    /// <summary>Pairs sharing references: for each paper, every pair of papers citing it.</summary>
    public static IReadOnlyList<PaperPair> Coupled(CitationGraph graph, int top) => Top(graph, graph.CitedBy, top);

    private static List<PaperPair> Top(CitationGraph graph, Func<int, IReadOnlyCollection<int>> neighbours, int top)
    {
        var counts = new Dictionary<(int, int), int>();
        for (var i = 0; i < graph.Papers.Count; i++)
        {
            var around = neighbours(i);
            if (around.Count is < 2 or > MaxDegree) continue;
            var list = around.Order().ToArray();
            for (var a = 0; a < list.Length; a++)
                for (var b = a + 1; b < list.Length; b++)
                    counts[(list[a], list[b])] = counts.GetValueOrDefault((list[a], list[b])) + 1;
        }
        return counts
            .Select(c => Pair(graph.Papers[c.Key.Item1], graph.Papers[c.Key.Item2], c.Value))
            .OrderByDescending(p => p.Count).ThenBy(p => p.First, StringComparer.Ordinal).ThenBy(p => p.Second, StringComparer.Ordinal)
            .Take(top)
            .ToList();
    }

    private static PaperPair Pair(string a, string b, int count) =>
        string.CompareOrdinal(a, b) < 0 ? new PaperPair(a, b, count) : new PaperPair(b, a, count);
}
