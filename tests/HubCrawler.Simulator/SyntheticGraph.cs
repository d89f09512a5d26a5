using System.Text.RegularExpressions;

namespace HubCrawler.Simulator;

/// <summary>
/// A deterministic synthetic citation graph: papers with Semantic Scholar-like metadata and, per cited paper, its
/// citation records. Serves as both the data of the simulator and the oracle of crawl tests.
/// </summary>
public sealed partial class SyntheticGraph
{
    /// <summary>Corpus id of paper 0; paper i has corpus id CorpusIdBase + i.</summary>
    public const long CorpusIdBase = 1_000_000;

    private readonly SimPaper[] _papers;
    private readonly SimCitation[][] _citations;
    private readonly Dictionary<string, int> _byPaperId;
    private readonly Dictionary<string, int> _byArxivId;
    private readonly Dictionary<string, int> _byDoi;
    private readonly Lazy<ReferenceIndex> _references;

    private SyntheticGraph(SyntheticGraphOptions options, SimPaper[] papers, SimCitation[][] citations)
    {
        Options = options;
        _papers = papers;
        _citations = citations;
        _byPaperId = new Dictionary<string, int>(papers.Length, StringComparer.OrdinalIgnoreCase);
        _byArxivId = new Dictionary<string, int>(papers.Length, StringComparer.Ordinal);
        _byDoi = new Dictionary<string, int>(papers.Length, StringComparer.OrdinalIgnoreCase);
        _references = new Lazy<ReferenceIndex>(() => ReferenceIndex.Build(citations));
        foreach (var paper in papers)
        {
            _byPaperId.Add(paper.PaperId, paper.Index);
            _byArxivId.Add(paper.ArxivId, paper.Index);
            _byDoi.Add(paper.Doi, paper.Index);
        }
    }

    /// <summary>The options the graph was built from.</summary>
    public SyntheticGraphOptions Options { get; }

    /// <summary>All papers by index: the regular ones first, then the leaf papers that cite the heavy paper.</summary>
    public IReadOnlyList<SimPaper> Papers => _papers;

    /// <summary>Index of the paper with at least <see cref="SyntheticGraphOptions.HeavyPaperCitations"/> records (0), or null.</summary>
    public int? HeavyPaperIndex => Options.HeavyPaperCitations > 0 ? 0 : null;

    /// <summary>Total number of citation records over all papers, unresolved citers included.</summary>
    public long CitationRecordCount { get; private init; }

    /// <summary>Builds the graph described by <paramref name="options"/>; equal options give equal graphs.</summary>
    public static SyntheticGraph Build(SyntheticGraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Papers, 1, nameof(options.Papers));
        ArgumentOutOfRangeException.ThrowIfNegative(options.HeavyPaperCitations, nameof(options.HeavyPaperCitations));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MeanReferences, nameof(options.MeanReferences));
        ThrowIfNotRate(options.CycleRate, nameof(options.CycleRate), 1.0);
        ThrowIfNotRate(options.UnresolvedCitationRate, nameof(options.UnresolvedCitationRate), 0.9);
        ThrowIfNotRate(options.UnresolvedReferenceRate, nameof(options.UnresolvedReferenceRate), 0.9);
        ThrowIfNotRate(options.PreprintOnlyRate, nameof(options.PreprintOnlyRate), 1.0);

        var edges = CitationEdges.Generate(options);
        var (papers, citations) = SyntheticPaperFactory.Create(options, edges);
        return new SyntheticGraph(options, papers, citations) { CitationRecordCount = edges.Cited.Count };
    }

    /// <summary>The citation records of the paper with the given index, in serving order.</summary>
    public IReadOnlyList<SimCitation> CitationsOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _papers.Length);
        return _citations[index];
    }

    /// <summary>
    /// The references of the paper with the given index, in serving order: every citation record (of any paper) whose
    /// citer is this paper, read from this end (by cited index, then record order), each followed by the unresolved
    /// references drawn for it (<see cref="SyntheticGraphOptions.UnresolvedReferenceRate"/>). Its length is the
    /// paper's <see cref="SimPaper.ReferenceCount"/>. Built on first use.
    /// </summary>
    public IReadOnlyList<SimReference> ReferencesOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _papers.Length);
        var (cited, records) = _references.Value.Of(index);
        var after = UnresolvedReferences.CountsAfter(Options, index, cited.Length);
        using var unresolved = UnresolvedReferences.Draw(Options, index, after.Sum()).GetEnumerator();
        var list = new List<SimReference>(cited.Length + after.Sum());
        for (var i = 0; i < cited.Length; i++)
        {
            var record = _citations[cited[i]][records[i]];
            list.Add(new SimReference(cited[i], _papers[cited[i]].Title, record.Intents, record.Contexts, record.IsInfluential));
            for (var k = 0; k < after[i] && unresolved.MoveNext(); k++)
            {
                list.Add(unresolved.Current);
            }
        }

        return list;
    }

    /// <summary>The distinct papers of the graph the paper cites, in the order of <see cref="ReferencesOf"/>.</summary>
    public IReadOnlyList<int> CitedPapersOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _papers.Length);
        return _references.Value.Of(index).Cited.Distinct().ToArray();
    }

    /// <summary>
    /// Resolves an id in any form the Graph API accepts here: a bare 40-hex paper id, "arXiv:2501.00042" (with or
    /// without a version suffix), "DOI:10.5555/hubsim.42" or "CorpusId:1000042"; prefixes are case-insensitive.
    /// </summary>
    /// <returns>The paper, or null when the id is malformed or names no paper of the graph.</returns>
    public SimPaper? Find(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        id = id.Trim();
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return Lookup(_byPaperId, id);
        }

        var prefix = id.AsSpan(0, colon);
        var value = id[(colon + 1)..].Trim();
        if (prefix.Equals("arxiv", StringComparison.OrdinalIgnoreCase))
        {
            var match = ArxivPattern().Match(value);
            return match.Success ? Lookup(_byArxivId, match.Groups["id"].Value) : null;
        }

        if (prefix.Equals("doi", StringComparison.OrdinalIgnoreCase))
        {
            // arXiv's DataCite DOI names the paper too, whatever its journal DOI.
            return Lookup(_byDoi, value)
                ?? (value.StartsWith(SimPaper.ArxivDoiPrefix, StringComparison.OrdinalIgnoreCase) ? Find("arXiv:" + value[SimPaper.ArxivDoiPrefix.Length..]) : null);
        }

        if (prefix.Equals("corpusid", StringComparison.OrdinalIgnoreCase)
            && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var corpusId)
            && corpusId - CorpusIdBase is >= 0 and var index
            && index < _papers.Length)
        {
            return _papers[index];
        }

        return null;
    }

    /// <summary>
    /// Resolves an OpenAlex work id: "W3000000042" (the 'W' in either case), optionally as the URL
    /// "https://openalex.org/W3000000042". <see cref="Find"/> does not accept these (Semantic Scholar does not).
    /// </summary>
    /// <returns>The paper, or null when the id is malformed or names no paper of the graph.</returns>
    public SimPaper? FindByOpenAlexId(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var value = id.Trim().AsSpan();
        const string urlPrefix = "https://openalex.org/";
        if (value.StartsWith(urlPrefix, StringComparison.OrdinalIgnoreCase))
        {
            value = value[urlPrefix.Length..];
        }

        return value.Length > 1
            && value[0] is 'W' or 'w'
            && long.TryParse(value[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number - SimPaper.OpenAlexIdBase is >= 0 and var index
            && index < _papers.Length
                ? _papers[index]
                : null;
    }

    /// <summary>
    /// The indices reachable from <paramref name="seeds"/> by following citing edges (from a paper to the papers of
    /// the graph that cite it) at most <paramref name="depth"/> times; the seeds themselves are included.
    /// </summary>
    public IReadOnlySet<int> Reachable(IEnumerable<int> seeds, int depth) => Reachable(seeds, depth, EdgeDirections.Citations);

    /// <summary>
    /// The indices reachable from <paramref name="seeds"/> in at most <paramref name="depth"/> steps along the edges
    /// <paramref name="directions"/> names: to the papers citing a paper (its resolved citers), to the papers it cites
    /// (its resolved references), or either; the seeds themselves are included. Unresolved citers and references
    /// are never reached.
    /// </summary>
    public IReadOnlySet<int> Reachable(IEnumerable<int> seeds, int depth, EdgeDirections directions)
    {
        if ((directions & EdgeDirections.Both) == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(directions), directions, "Name citations, references or both.");
        }

        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        var visited = new HashSet<int>();
        var frontier = new List<int>();
        foreach (var seed in seeds)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(seed, nameof(seeds));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(seed, _papers.Length, nameof(seeds));
            if (visited.Add(seed))
            {
                frontier.Add(seed);
            }
        }

        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            var next = new List<int>();
            foreach (var paper in frontier)
            {
                if (directions.HasFlag(EdgeDirections.Citations))
                {
                    foreach (var citation in _citations[paper])
                    {
                        if (citation.CitingIndex is { } citing && visited.Add(citing))
                        {
                            next.Add(citing);
                        }
                    }
                }

                if (directions.HasFlag(EdgeDirections.References))
                {
                    foreach (var cited in _references.Value.Of(paper).Cited)
                    {
                        if (visited.Add(cited))
                        {
                            next.Add(cited);
                        }
                    }
                }
            }

            frontier = next;
        }

        return visited;
    }

    /// <summary>
    /// The fewest Semantic Scholar Graph API requests a crawl of <paramref name="paperIds"/> could spend: ceil(N /
    /// <paramref name="batchSize"/>) POST /paper/batch requests for the metadata of the N distinct papers, plus, for
    /// each paper with at least one citation record, ceil(records / <paramref name="pageSize"/>) citations pages (the
    /// records the citations endpoint serves, <see cref="CitationsOf"/>; a paper with none needs no citations request).
    /// Ids are resolved as <see cref="Find"/> does, so two forms of one paper count once; an id that names no paper
    /// still takes a batch slot (the batch answers null for it) but has no citations.
    /// </summary>
    /// <param name="paperIds">The papers the crawl fetches, in any id form.</param>
    /// <param name="batchSize">Ids per batch, 1 to <see cref="GraphApiLimits.MaxBatchIds"/>.</param>
    /// <param name="pageSize">Citation records per page, 1 to <see cref="GraphApiLimits.MaxCitationsPageSize"/>.</param>
    public long MinimumGraphApiRequests(IEnumerable<string> paperIds, int batchSize = GraphApiLimits.MaxBatchIds, int pageSize = GraphApiLimits.MaxCitationsPageSize)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(batchSize, GraphApiLimits.MaxBatchIds);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, GraphApiLimits.MaxCitationsPageSize);

        var papers = new HashSet<int>();
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in paperIds)
        {
            if (Find(id) is { } paper)
            {
                papers.Add(paper.Index);
            }
            else
            {
                unknown.Add(id?.Trim() ?? string.Empty);
            }
        }

        long distinct = papers.Count + unknown.Count;
        var requests = CeilDiv(distinct, batchSize);
        foreach (var index in papers)
        {
            requests += CeilDiv(_citations[index].Length, pageSize);
        }

        return requests;
    }

    private static long CeilDiv(long count, int size) => (count + size - 1) / size;

    private SimPaper? Lookup(Dictionary<string, int> index, string key) =>
        index.TryGetValue(key, out var position) ? _papers[position] : null;

    private static void ThrowIfNotRate(double value, string name, double max)
    {
        if (double.IsNaN(value) || value < 0 || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Must be between 0 and {max}.");
        }
    }

    [GeneratedRegex(@"^(?<id>\d{4}\.\d{4,5})(v\d+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArxivPattern();
}
