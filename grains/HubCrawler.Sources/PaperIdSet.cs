namespace HubCrawler.Sources;

/// <summary>The ids one paper is known by, at most one per scheme (the first one learned wins).
/// <see cref="Key"/> names the paper's grain: the Semantic Scholar id when known, else its DOI,
/// arXiv id, OpenAlex id, CorpusId or PMID, in that order, so every source's view of one paper
/// leads to the same key.</summary>
public sealed class PaperIdSet
{
    private static readonly PaperIdScheme[] KeyOrder =
        [PaperIdScheme.SemanticScholar, PaperIdScheme.Doi, PaperIdScheme.ArXiv, PaperIdScheme.OpenAlex, PaperIdScheme.CorpusId, PaperIdScheme.PubMed];

    private readonly Dictionary<PaperIdScheme, PaperIdentifier> _ids = [];

    public PaperIdSet(params IEnumerable<PaperIdentifier?> ids)
    {
        foreach (var id in ids) Add(id);
    }

    /// <summary>The ids of a paper named <paramref name="key"/> with the given external ids (as <see cref="PaperMetadata.ExternalIds"/> keys them).</summary>
    public static PaperIdSet Of(string? key, IReadOnlyDictionary<string, string>? externalIds)
    {
        var set = new PaperIdSet();
        if (key is not null && PaperIdentifier.TryParse(key, out var id, out _)) set.Add(id);
        set.AddExternal(externalIds);
        return set;
    }

    public IEnumerable<PaperIdentifier> All => _ids.Values;

    public bool IsEmpty => _ids.Count == 0;

    public PaperIdentifier? this[PaperIdScheme scheme] => _ids.GetValueOrDefault(scheme);

    /// <summary>The grain key of the paper, or null when no id is known.</summary>
    public string? Key => KeyOrder.Select(s => _ids.GetValueOrDefault(s)).FirstOrDefault(i => i is not null)?.SourceForm;

    /// <summary>True when a new id was learned. arXiv's DataCite DOI is learned as the arXiv id it names (the DOI of
    /// the paper stays free for its published version); see <see cref="DataCiteDoi"/>.</summary>
    public bool Add(PaperIdentifier? id)
    {
        if (id is null) return false;
        if (id.ArxivOfDataCiteDoi() is { } arxiv) return _ids.TryAdd(PaperIdScheme.ArXiv, arxiv);
        return _ids.TryAdd(id.Scheme, id);
    }

    /// <summary>arXiv's DataCite DOI of the paper when its arXiv id is known, for sources that look papers up by DOI
    /// (OpenAlex names arXiv papers so); null otherwise.</summary>
    public PaperIdentifier? DataCiteDoi => this[PaperIdScheme.ArXiv]?.DataCiteDoiOfArxiv();

    public void AddExternal(IReadOnlyDictionary<string, string>? externalIds)
    {
        if (externalIds is null) return;
        foreach (var (scheme, value) in externalIds) Add(PaperIdentifier.FromExternalId(scheme, value));
    }

    public void AddAll(PaperIdSet other)
    {
        foreach (var id in other.All) Add(id);
    }

    /// <summary>The ids other than the Semantic Scholar one, keyed as <see cref="PaperMetadata.ExternalIds"/> keys them.</summary>
    public Dictionary<string, string> External() =>
        _ids.Values.Where(i => i.Scheme != PaperIdScheme.SemanticScholar).ToDictionary(i => i.ExternalIdKey, i => i.Value);
}
