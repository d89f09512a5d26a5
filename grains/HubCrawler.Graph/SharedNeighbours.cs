namespace HubCrawler.Graph;

/// <summary>The papers two hops from one paper, counted by how many of its neighbours lead to each, and which neighbours'
/// lists were not known (so a count may be short). Co-citation and bibliographic coupling are this with the hops swapped.</summary>
/// <param name="Neighbours">How many distinct neighbours the first hop gave.</param>
/// <param name="Unread">The neighbours whose second-hop list is not known, in ordinal order.</param>
/// <param name="Related">Every paper reached, most shared neighbours first, then by id (ordinal), so the order is deterministic.</param>
public sealed record SharedNeighbours(int Neighbours, IReadOnlyList<string> Unread, IReadOnlyList<SharedNeighbour> Related)
{
    /// <summary>Counts, for every paper reached from <paramref name="paperId"/> by one hop along <paramref name="firstHop"/> and then
    /// one along <paramref name="secondHop"/> (null when that neighbour's list is not known), how many distinct neighbours reach it.
    /// The paper itself is never related to itself; duplicates in a list count once.</summary>
    public static SharedNeighbours Count(string paperId, IEnumerable<string> firstHop, Func<string, IEnumerable<string>?> secondHop)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var unread = new List<string>();
        var neighbours = 0;
        foreach (var neighbour in firstHop.Where(n => n != paperId).Distinct(StringComparer.Ordinal))
        {
            neighbours++;
            if (secondHop(neighbour) is not { } list)
            {
                unread.Add(neighbour);
                continue;
            }
            foreach (var other in list.Where(o => o != paperId).Distinct(StringComparer.Ordinal))
                counts[other] = counts.GetValueOrDefault(other) + 1;
        }
        unread.Sort(StringComparer.Ordinal);
        var related = counts
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new SharedNeighbour(c.Key, c.Value))
            .ToList();
        return new SharedNeighbours(neighbours, unread, related);
    }

    /// <summary>Co-citation: the papers cited together with <paramref name="paperId"/>, by how many of its citing papers cite them too.</summary>
    public static SharedNeighbours CoCitation(string paperId, IEnumerable<string> citers, Func<string, IEnumerable<string>?> referencesOf) =>
        Count(paperId, citers, referencesOf);

    /// <summary>Bibliographic coupling: the papers that share references with <paramref name="paperId"/>, by how many.</summary>
    public static SharedNeighbours Coupling(string paperId, IEnumerable<string> references, Func<string, IEnumerable<string>?> citersOf) =>
        Count(paperId, references, citersOf);
}
