namespace HubCrawler.Grains.Citations;

/// <summary>Keeps a paper's lists of edges: inline in grain state when short, else as a version of pages in the
/// <see cref="ICitationStore"/>; reads ranges and whole lists back. One per paper grain activation (it remembers the
/// lists it read, by key, while the activation lives). No Orleans here: the grain writes its own state.</summary>
public sealed class EdgeListStore(ICitationStore store, IOptions<CitationStoreOptions> options)
{
    private readonly Dictionary<string, IReadOnlyList<CitationEdge>> _read = new(StringComparer.Ordinal);

    /// <summary>Writes <paramref name="edges"/> as a new list under <paramref name="key"/>; returns it and the page writes it cost.
    /// The previous version's pages are the caller's to delete once its state names the new one (<see cref="DeleteAsync"/>).</summary>
    public async Task<(StoredEdgeList List, int Writes)> WriteAsync(string key, List<CitationEdge> edges, HubSummary summary, DateTimeOffset readAt)
    {
        var paged = edges.Count > options.Value.InlineLimit;
        var list = new StoredEdgeList
        {
            Inline = paged ? [] : edges,
            Paged = paged ? await store.WriteAsync(key, edges, options.Value.PageSize) : null,
            Count = edges.Count,
            Summary = summary,
            ReadAt = readAt,
        };
        if (paged) _read[key] = edges;
        else _read.Remove(key);
        return (list, list.Paged?.PageCount ?? 0);
    }

    public Task DeleteAsync(string key, StoredEdgeList? previous) =>
        previous?.Paged is { } paged ? store.DeleteAsync(key, paged) : Task.CompletedTask;

    public async Task<IReadOnlyList<CitationEdge>> ReadRangeAsync(string key, StoredEdgeList list, int offset, int limit)
    {
        if (list.Paged is not { } paged) return list.Inline.Skip(offset).Take(limit).ToList();
        if (_read.TryGetValue(key, out var all)) return all.Skip(offset).Take(limit).ToList();
        var items = new List<CitationEdge>(limit);
        for (var page = offset / paged.PageSize; page < paged.PageCount && items.Count < limit; page++)
        {
            var edges = await store.ReadPageAsync(key, paged, page);
            var skip = page == offset / paged.PageSize ? offset % paged.PageSize : 0;
            items.AddRange(edges.Skip(skip).Take(limit - items.Count));
        }
        return items;
    }

    public async Task<IReadOnlyList<CitationEdge>> ReadAllAsync(string key, StoredEdgeList list)
    {
        if (list.Paged is not { } paged) return list.Inline;
        if (_read.TryGetValue(key, out var cached)) return cached;
        var all = new List<CitationEdge>(paged.Count);
        for (var page = 0; page < paged.PageCount; page++) all.AddRange(await store.ReadPageAsync(key, paged, page));
        _read[key] = all;
        return all;
    }

    /// <summary>The page of <paramref name="query"/> over <paramref name="list"/>: a plain range, or filtered and sorted over the whole list.</summary>
    public async Task<(IReadOnlyList<CitationEdge> Items, int Total)> QueryAsync(string key, StoredEdgeList list, CitationQuery query)
    {
        if (query.IsPlain) return (await ReadRangeAsync(key, list, query.Offset, query.Limit), list.Count);
        var selected = Order((await ReadAllAsync(key, list)).Where(query.Matches), query.Sort).ToList();
        return (selected.Skip(query.Offset).Take(query.Limit).ToList(), selected.Count);
    }

    public static IEnumerable<CitationEdge> Order(IEnumerable<CitationEdge> edges, CitationSort sort) => sort switch
    {
        CitationSort.Influence => edges.OrderByDescending(c => c.IsInfluential).ThenByDescending(c => c.CitationCount ?? -1),
        CitationSort.Citations => edges.OrderByDescending(c => c.CitationCount ?? -1),
        CitationSort.Year => edges.OrderByDescending(c => c.Year ?? int.MinValue),
        _ => edges,
    };
}
