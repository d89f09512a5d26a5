namespace HubCrawler.Simulator;

/// <summary>Which edges a reachability oracle follows from a paper.</summary>
[Flags]
public enum EdgeDirections
{
    /// <summary>From a paper to the papers of the graph that cite it.</summary>
    Citations = 1,

    /// <summary>From a paper to the papers of the graph it cites (its resolved references).</summary>
    References = 2,

    /// <summary>Both kinds.</summary>
    Both = Citations | References,
}
