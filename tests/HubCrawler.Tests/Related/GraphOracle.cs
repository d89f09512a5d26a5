namespace HubCrawler.Tests.Related;

/// <summary>Co-citation, coupling and PageRank computed straight from the simulator's synthetic graph, written independently of
/// HubCrawler.Graph (plain loops over the simulator's citation records), so the API's answers are checked against the truth.</summary>
public static class GraphOracle
{
    public static IReadOnlySet<int> CitersOf(SyntheticGraph graph, int index) =>
        graph.CitationsOf(index).Where(c => c.CitingIndex is { } citer && citer != index).Select(c => c.CitingIndex!.Value).ToHashSet();

    public static IReadOnlySet<int> CitedBy(SyntheticGraph graph, int index) =>
        graph.CitedPapersOf(index).Where(c => c != index).ToHashSet();

    /// <summary>For each paper co-cited with <paramref name="index"/>: how many of its citers whose references are held cite it too.</summary>
    public static Dictionary<int, int> CoCitation(SyntheticGraph graph, int index, Func<int, bool> referencesHeld)
    {
        var counts = new Dictionary<int, int>();
        foreach (var citer in CitersOf(graph, index))
        {
            if (!referencesHeld(citer)) continue;
            foreach (var other in CitedBy(graph, citer))
                if (other != index) counts[other] = counts.GetValueOrDefault(other) + 1;
        }
        return counts;
    }

    /// <summary>For each paper coupled with <paramref name="index"/>: how many of its references whose citations are held it cites too.</summary>
    public static Dictionary<int, int> Coupling(SyntheticGraph graph, int index, Func<int, bool> citationsHeld)
    {
        var counts = new Dictionary<int, int>();
        foreach (var reference in CitedBy(graph, index))
        {
            if (!citationsHeld(reference)) continue;
            foreach (var other in CitersOf(graph, reference))
                if (other != index) counts[other] = counts.GetValueOrDefault(other) + 1;
        }
        return counts;
    }

    /// <summary>The citation edges (citing, cited) between the papers of a crawl.</summary>
    public static HashSet<(int Citing, int Cited)> Edges(SyntheticGraph graph, IReadOnlySet<int> papers)
    {
        var edges = new HashSet<(int, int)>();
        foreach (var cited in papers)
            foreach (var citer in CitersOf(graph, cited))
                if (papers.Contains(citer)) edges.Add((citer, cited));
        return edges;
    }

    /// <summary>Textbook PageRank (damping 0.85, dangling papers spread evenly), 500 plain power iterations.</summary>
    public static Dictionary<int, double> PageRank(IReadOnlySet<int> papers, HashSet<(int Citing, int Cited)> edges)
    {
        var n = papers.Count;
        var outgoing = papers.ToDictionary(p => p, p => edges.Where(e => e.Citing == p).Select(e => e.Cited).ToList());
        var rank = papers.ToDictionary(p => p, _ => 1.0 / n);
        for (var iteration = 0; iteration < 500; iteration++)
        {
            var dangling = papers.Where(p => outgoing[p].Count == 0).Sum(p => rank[p]);
            var next = papers.ToDictionary(p => p, _ => 0.15 / n + 0.85 * dangling / n);
            foreach (var p in papers)
                foreach (var cited in outgoing[p])
                    next[cited] += 0.85 * rank[p] / outgoing[p].Count;
            rank = next;
        }
        return rank;
    }

    /// <summary>Pairs of crawl papers by how many crawl papers cite both (<paramref name="coCitation"/>) or are cited by both.</summary>
    public static List<(string First, string Second, int Count)> Pairs(SyntheticGraph graph, HashSet<(int Citing, int Cited)> edges, bool coCitation)
    {
        var around = new Dictionary<int, List<string>>();
        foreach (var (citing, cited) in edges)
        {
            var (key, other) = coCitation ? (citing, cited) : (cited, citing);
            if (!around.TryGetValue(key, out var list)) around[key] = list = [];
            list.Add(graph.Papers[other].PaperId);
        }
        var counts = new Dictionary<(string, string), int>();
        foreach (var list in around.Values)
            foreach (var a in list)
                foreach (var b in list)
                    if (string.CompareOrdinal(a, b) < 0) counts[(a, b)] = counts.GetValueOrDefault((a, b)) + 1;
        return counts.Select(c => (c.Key.Item1, c.Key.Item2, c.Value))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Item1, StringComparer.Ordinal).ThenBy(c => c.Item2, StringComparer.Ordinal).ToList();
    }
}
