namespace HubCrawler.Graph;

/// <summary>A directed citation graph over a fixed set of papers: an edge goes from the citing paper to the cited one.
/// Edges to papers outside the set, self-citations and repeated edges are dropped, so edges can be added from both ends
/// (a paper's citation list and its citer's reference list) without counting one citation twice.</summary>
public sealed class CitationGraph
{
    private readonly Dictionary<string, int> _index;
    private readonly List<HashSet<int>> _cites;
    private readonly List<HashSet<int>> _citedBy;

    /// <param name="papers">The papers, in the order <see cref="Papers"/> keeps; a repeated id is kept once.</param>
    public CitationGraph(IEnumerable<string> papers)
    {
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var paper in papers)
            if (_index.TryAdd(paper, list.Count)) list.Add(paper);
        Papers = list;
        _cites = list.Select(_ => new HashSet<int>()).ToList();
        _citedBy = list.Select(_ => new HashSet<int>()).ToList();
    }

    public IReadOnlyList<string> Papers { get; }
    public int EdgeCount { get; private set; }

    public int? IndexOf(string paperId) => _index.TryGetValue(paperId, out var i) ? i : null;

    /// <summary>Adds the edge citing → cited when both are in the graph and it is new; true if it was added.</summary>
    public bool Add(string citing, string cited)
    {
        if (IndexOf(citing) is not { } from || IndexOf(cited) is not { } to || from == to) return false;
        if (!_cites[from].Add(to)) return false;
        _citedBy[to].Add(from);
        EdgeCount++;
        return true;
    }

    /// <summary>The papers of the graph that paper <paramref name="index"/> cites.</summary>
    public IReadOnlyCollection<int> Cites(int index) => _cites[index];
    /// <summary>The papers of the graph that cite paper <paramref name="index"/>.</summary>
    public IReadOnlyCollection<int> CitedBy(int index) => _citedBy[index];

    /// <summary>Every edge as (citing, cited) indices, in a deterministic order.</summary>
    public IEnumerable<(int Citing, int Cited)> Edges() =>
        Enumerable.Range(0, Papers.Count).SelectMany(from => _cites[from].Order().Select(to => (from, to)));
}
