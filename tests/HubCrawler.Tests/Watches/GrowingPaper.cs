namespace HubCrawler.Tests.Watches;

/// <summary>A simulator paper whose newest citing papers are held back, to be released while it is watched; the expected
/// new citers are computed from the graph, independently of the crawler.</summary>
public sealed record GrowingPaper(SimPaper Paper, IReadOnlyList<string> HeldBack)
{
    /// <summary>Picks an unused paper (from <paramref name="skip"/> on) with at least <paramref name="held"/> resolved, distinct citers
    /// at the end of its list beyond 3 others, and holds them back.</summary>
    public static GrowingPaper Pick(SimulatorServer simulator, int held, ref int skip)
    {
        var graph = simulator.Graph;
        for (var i = skip; i < graph.Papers.Count; i++)
        {
            var records = graph.CitationsOf(i);
            if (records.Count < held + 3) continue;
            var prefix = records.Take(records.Count - held).Where(r => r.CitingIndex is not null).Select(r => r.CitingIndex!.Value).ToHashSet();
            var tail = records.Skip(records.Count - held).ToList();
            if (tail.Any(r => r.CitingIndex is not { } c || prefix.Contains(c) || c == i)) continue;
            if (tail.Select(r => r.CitingIndex).Distinct().Count() != held) continue;
            skip = i + 1;
            simulator.Revisions.Withhold(i, held);
            return new GrowingPaper(graph.Papers[i], tail.Select(r => graph.Papers[r.CitingIndex!.Value].PaperId).ToList());
        }
        throw new InvalidOperationException($"no paper with {held} distinct resolved citers at the end of its list");
    }
}
