namespace HubCrawler.Simulator;

/// <summary>
/// The citation structure of a synthetic graph before any metadata exists: one (citing, cited) pair per citation
/// record, with citing -1 for an unresolved citer, and how many papers (regular plus leaf) there are.
/// </summary>
internal sealed class CitationEdges
{
    private const double PreferentialShare = 0.8;
    private const int PickAttempts = 4;
    private const int TwoCycleStride = 97;

    private readonly SyntheticGraphOptions _options;
    private readonly DeterministicRandom _random;
    private readonly List<int> _citing;
    private readonly List<int> _cited;
    private readonly List<int> _attachmentPool;
    private readonly List<int> _chosen = new(32);
    private int _heavyRecords;

    private CitationEdges(SyntheticGraphOptions options)
    {
        _options = options;
        _random = new DeterministicRandom(options.Seed, 1);
        var capacity = (int)Math.Min(int.MaxValue / 2, (long)options.Papers * (options.MeanReferences + 1));
        _citing = new List<int>(capacity);
        _cited = new List<int>(capacity);
        _attachmentPool = new List<int>(capacity);
        PaperCount = options.Papers;
    }

    /// <summary>Regular plus leaf papers.</summary>
    public int PaperCount { get; private set; }

    /// <summary>Citing index per record, -1 for an unresolved citer.</summary>
    public IReadOnlyList<int> Citing => _citing;

    /// <summary>Cited index per record.</summary>
    public IReadOnlyList<int> Cited => _cited;

    /// <summary>Draws the citation structure for the given options.</summary>
    public static CitationEdges Generate(SyntheticGraphOptions options)
    {
        var edges = new CitationEdges(options);
        edges.GenerateReferences();
        if (options.HeavyPaperCitations > 0)
        {
            edges.FillHeavyPaper();
        }

        return edges;
    }

    private void GenerateReferences()
    {
        var papers = _options.Papers;
        var maxReferences = 2 * _options.MeanReferences;
        for (var paper = 0; paper < papers; paper++)
        {
            _chosen.Clear();
            if (IsTwoCycleStart(paper))
            {
                AddReference(paper, paper + 1);
            }

            if (paper > 0 && IsTwoCycleStart(paper - 1))
            {
                AddReference(paper, paper - 1);
            }

            var references = maxReferences == 0 ? 0 : _random.Next(maxReferences + 1);
            for (var r = 0; r < references; r++)
            {
                for (var attempt = 0; attempt < PickAttempts; attempt++)
                {
                    var target = PickTarget(paper);
                    if (target >= 0 && !_chosen.Contains(target))
                    {
                        AddReference(paper, target);
                        break;
                    }
                }
            }

            _attachmentPool.Add(paper);
            foreach (var target in _chosen)
            {
                if (target < paper)
                {
                    _attachmentPool.Add(target);
                }
            }
        }
    }

    private bool IsTwoCycleStart(int paper) =>
        paper >= 1 && paper + 1 < _options.Papers && paper % TwoCycleStride == 1;

    private int PickTarget(int paper)
    {
        if (_options.CycleRate > 0 && paper < _options.Papers - 1 && _random.NextDouble() < _options.CycleRate)
        {
            return _random.Next(paper + 1, _options.Papers);
        }

        if (paper == 0)
        {
            return -1;
        }

        return _random.NextDouble() < PreferentialShare
            ? _attachmentPool[_random.Next(_attachmentPool.Count)]
            : _random.Next(paper);
    }

    private void AddReference(int citing, int cited)
    {
        _chosen.Add(cited);
        AddRecord(citing, cited);
        while (_options.UnresolvedCitationRate > 0 && _random.NextDouble() < _options.UnresolvedCitationRate)
        {
            AddRecord(-1, cited);
        }
    }

    private void AddRecord(int citing, int cited)
    {
        _citing.Add(citing);
        _cited.Add(cited);
        if (cited == 0)
        {
            _heavyRecords++;
        }
    }

    /// <summary>
    /// Tops paper 0 up to the requested number of records: unresolved citers at the configured rate, then at most
    /// half of the regular papers, then new leaf papers.
    /// </summary>
    private void FillHeavyPaper()
    {
        if (_heavyRecords >= _options.HeavyPaperCitations)
        {
            return;
        }

        var citesHeavy = new bool[_options.Papers];
        var existingCiters = 0;
        for (var i = 0; i < _cited.Count; i++)
        {
            if (_cited[i] == 0 && _citing[i] >= 0 && !citesHeavy[_citing[i]])
            {
                citesHeavy[_citing[i]] = true;
                existingCiters++;
            }
        }

        var candidates = new List<int>(_options.Papers);
        for (var paper = 1; paper < _options.Papers; paper++)
        {
            if (!citesHeavy[paper])
            {
                candidates.Add(paper);
            }
        }

        Shuffle(candidates);
        var usable = Math.Clamp((_options.Papers - 1) / 2 - existingCiters, 0, candidates.Count);
        var next = 0;
        while (_heavyRecords < _options.HeavyPaperCitations)
        {
            if (_options.UnresolvedCitationRate > 0 && _random.NextDouble() < _options.UnresolvedCitationRate)
            {
                AddRecord(-1, 0);
            }
            else if (next < usable)
            {
                AddRecord(candidates[next++], 0);
            }
            else
            {
                AddRecord(PaperCount++, 0);
            }
        }
    }

    private void Shuffle(List<int> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
