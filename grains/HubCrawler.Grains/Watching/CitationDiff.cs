namespace HubCrawler.Grains.Watching;

/// <summary>The citing papers of a list that a set of known ones lacks, once each, in the list's order.
/// Citing papers no source resolved (no id) cannot be told apart from one check to the next and are left out.</summary>
public static class CitationDiff
{
    public static List<CitationEdge> NewCiters(IEnumerable<CitationEdge> current, IReadOnlySet<string> known)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<CitationEdge>();
        foreach (var edge in current)
            if (edge.CitingPaperId is { } id && !known.Contains(id) && seen.Add(id)) found.Add(edge);
        return found;
    }
}
