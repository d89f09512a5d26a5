using System.Collections.Concurrent;

namespace HubCrawler.Simulator;

/// <summary>
/// A paper's citation list as Semantic Scholar serves it while it shifts under paging: the graph's records, with
/// some resolved citing papers coming again a little later (<see cref="SimulatorFaults.CitationRepeatRate"/>).
/// The same rate always gives the same list for a paper, so paging it twice reads the same records.
/// </summary>
internal sealed class ShiftingCitations(SyntheticGraph graph)
{
    private const int Stream = 9;
    private const int Window = 100;

    private readonly ConcurrentDictionary<(int Index, double Rate), SimCitation[]> _lists = new();

    /// <summary>The served list of the paper at <paramref name="rate"/>; the graph's own records when it is 0.</summary>
    public IReadOnlyList<SimCitation> Of(int index, double rate) =>
        rate > 0 ? _lists.GetOrAdd((index, rate), key => Shift(graph, key.Index, key.Rate)) : graph.CitationsOf(index);

    /// <summary>The list of the paper with repeats drawn at <paramref name="rate"/>.</summary>
    public static SimCitation[] Shift(SyntheticGraph graph, int index, double rate)
    {
        var records = graph.CitationsOf(index);
        var random = new DeterministicRandom(graph.Options.Seed, Stream, index);
        var served = new List<SimCitation>(records.Count + (int)(records.Count * rate) + 1);
        for (var p = 0; p < records.Count; p++)
        {
            served.Add(records[p]);
            if (p > 0 && random.NextDouble() < rate)
            {
                var earlier = records[p - 1 - random.Next(Math.Min(p, Window))];
                if (earlier.CitingIndex is not null)
                {
                    served.Add(earlier);
                }
            }
        }

        return [.. served];
    }
}
