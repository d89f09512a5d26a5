namespace HubCrawler.Grains.Search;

/// <summary>Merges what several sources found for one query into one list: a paper two sources found (any shared
/// id) appears once, with both names and every id; the lists are interleaved rank by rank in configured order, so
/// each source's best come first. The exact match is the one paper whose title equals the query.</summary>
public static class SearchMerger
{
    public static (IReadOnlyList<SearchHit> Results, SearchHit? ExactMatch) Merge(
        string query, IReadOnlyList<(string Source, IReadOnlyList<SearchFound> Found)> answers, int limit)
    {
        var merged = new List<(PaperIdSet Ids, SearchFound First, List<string> Sources)>();
        var deepest = answers.Count == 0 ? 0 : answers.Max(a => a.Found.Count);
        for (var rank = 0; rank < deepest; rank++)
            foreach (var (source, found) in answers)
            {
                if (rank >= found.Count) continue;
                var paper = found[rank];
                var same = merged.FindIndex(m => paper.Ids.All.Any(id => m.Ids[id.Scheme] == id));
                if (same < 0)
                {
                    var ids = new PaperIdSet();
                    ids.AddAll(paper.Ids);
                    merged.Add((ids, paper, [source]));
                }
                else
                {
                    merged[same].Ids.AddAll(paper.Ids);
                    if (!merged[same].Sources.Contains(source)) merged[same].Sources.Add(source);
                }
            }

        var hits = merged.Where(m => m.Ids.Key is not null).Select(m => Hit(m.Ids, m.First.Metadata, m.Sources)).ToList();
        // Every paper titled so, not only those within the limit, decides whether the title names one paper.
        var exact = hits.Where(h => TitleText.SameTitle(h.Title, query)).ToList();
        return (hits.Take(limit).ToList(), exact.Count == 1 ? exact[0] : null);
    }

    private static SearchHit Hit(PaperIdSet ids, PaperMetadata metadata, IReadOnlyList<string> sources) => new()
    {
        HubId = ids.Key!,
        Title = metadata.Title,
        Year = metadata.Year,
        Authors = metadata.Authors,
        Venue = metadata.Venue,
        CitationCount = metadata.CitationCount,
        Ids = ids.All.ToDictionary(i => i.ExternalIdKey, i => i.Value),
        Sources = sources,
    };
}
