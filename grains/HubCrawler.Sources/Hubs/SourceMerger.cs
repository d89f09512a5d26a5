namespace HubCrawler.Sources.Hubs;

/// <summary>Merges what several sources said about one paper into one record, by <see cref="FieldPrecedence"/>,
/// keeping which source gave each field; and merges their citation lists into one, recognising a citing
/// paper across sources by any id they share (Semantic Scholar id, DOI, arXiv id, OpenAlex id).</summary>
public static class SourceMerger
{
    public static PaperMetadata MergeMetadata(string key, IReadOnlyList<(string Source, SourceRecord Record)> records)
    {
        var provenance = new Dictionary<string, string>();
        T? Pick<T>(string field, Func<PaperMetadata, T?> value, Func<T, bool> present)
        {
            foreach (var (source, record) in records.OrderBy(r => FieldPrecedence.Rank(FieldPrecedence.Metadata[field], r.Source)))
            {
                if (value(record.Metadata) is { } v && present(v))
                {
                    provenance[field] = source;
                    return v;
                }
            }
            return default;
        }
        static bool Text(string s) => !string.IsNullOrWhiteSpace(s);
        static bool Positive(int? n) => n > 0;

        var ids = new PaperIdSet();
        var external = new Dictionary<string, string>();
        foreach (var (_, record) in records.OrderBy(r => FieldPrecedence.Rank(FieldPrecedence.Citations, r.Source)))
        {
            ids.AddAll(record.Ids);
            foreach (var (scheme, value) in record.Metadata.ExternalIds) external.TryAdd(scheme, value);
        }
        // Ids a source named only in its key (not in its external ids) are added; the sources' own forms stay
        // (a DOI as the source writes it; keys use the normalised one).
        foreach (var (scheme, value) in ids.External())
            if (!external.TryGetValue(scheme, out var given) || !string.Equals(given, value, StringComparison.OrdinalIgnoreCase)) external[scheme] = value;

        return new PaperMetadata
        {
            PaperId = key,
            Title = Pick("title", m => m.Title, Text),
            Authors = Pick("authors", m => m.Authors, a => a.Count > 0) ?? [],
            Year = Pick("year", m => m.Year, _ => true),
            PublicationDate = Pick("publicationDate", m => m.PublicationDate, Text),
            Abstract = Pick("abstract", m => m.Abstract, Text),
            Tldr = Pick("tldr", m => m.Tldr, Text),
            Venue = Pick("venue", m => m.Venue, Text),
            CitationCount = Pick("citationCount", m => (int?)m.CitationCount, n => n > 0) ?? 0,
            InfluentialCitationCount = Pick("influentialCitationCount", m => (int?)m.InfluentialCitationCount, Positive) ?? 0,
            ReferenceCount = Pick("referenceCount", m => (int?)m.ReferenceCount, Positive) ?? 0,
            Url = Pick("url", m => m.Url, Text),
            PdfUrl = Pick("pdfUrl", m => m.PdfUrl, Text),
            ExternalIds = external,
            Provenance = provenance,
        };
    }

    /// <summary>One list: the first listing source's order, then citations only later sources know.
    /// A citation's <see cref="CitationEdge.CitingPaperId"/> becomes the citing paper's grain key over every id any source gave.</summary>
    public static List<CitationEdge> MergeCitations(IReadOnlyList<(string Source, IReadOnlyList<CitationEdge> Citations)> lists) =>
        MergeEdges(lists.Select(l => new SourceEdgeList(l.Source, l.Citations, null, null)).ToList(), EdgeDirection.Citations).Edges;

    /// <summary>One list of one direction from every source's list, a paper listed twice (by two sources, or by one
    /// whose list shifted while it was paged) merged into one edge; with how each source's list adds up.</summary>
    public static MergedEdges MergeEdges(IReadOnlyList<SourceEdgeList> lists, EdgeDirection direction)
    {
        var ordered = lists.OrderBy(l => FieldPrecedence.Rank(FieldPrecedence.Citations, l.Source)).ToList();
        var groups = new List<List<(string Source, CitationEdge Edge)>>();
        var groupOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<EdgeListCount>();
        foreach (var (source, citations, reported, stoppedEarly) in ordered)
        {
            var (duplicates, unresolvedCount) = (0, 0);
            // A citing work no source resolved has no id: it is recognised by title and year, the n-th
            // such listing of one source matching the n-th of another.
            var unresolvedSeen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var edge in citations)
            {
                var ids = IdsOf(edge).Select(i => i.AliasKey).ToList();
                if (ids.Count == 0)
                {
                    unresolvedCount++;
                    if (edge.Title is { Length: > 0 } title)
                    {
                        var unresolved = $"title:{string.Join(' ', title.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}|{edge.Year}";
                        var n = unresolvedSeen[unresolved] = unresolvedSeen.GetValueOrDefault(unresolved) + 1;
                        ids.Add($"{unresolved}#{n}");
                    }
                }
                var found = ids.Select(i => groupOfId.GetValueOrDefault(i, -1)).Where(g => g >= 0).Distinct().ToList();
                int group;
                if (found.Count == 0)
                {
                    group = groups.Count;
                    groups.Add([]);
                }
                else
                {
                    group = found.Min();
                    // Two groups turn out to be one paper (an edge carrying ids of both): fold them together.
                    foreach (var other in found.Where(g => g != group))
                    {
                        groups[group].AddRange(groups[other]);
                        groups[other].Clear();
                        foreach (var id in groupOfId.Where(p => p.Value == other).Select(p => p.Key).ToList()) groupOfId[id] = group;
                    }
                }
                if (ids.Count > 0 && groups[group].Any(l => l.Source == source)) duplicates++;
                groups[group].Add((source, edge));
                foreach (var id in ids) groupOfId[id] = group;
            }
            counts.Add(new EdgeListCount
            {
                Source = source,
                Direction = direction,
                Reported = reported,
                Listed = citations.Count - duplicates - unresolvedCount,
                Duplicates = duplicates,
                Unresolved = unresolvedCount,
                StoppedEarly = stoppedEarly,
            });
        }
        return new MergedEdges(groups.Where(g => g.Count > 0).Select(Merge).ToList(), counts);
    }

    private static CitationEdge Merge(List<(string Source, CitationEdge Edge)> listings)
    {
        if (listings.Count == 1) return Alone(listings[0].Source, listings[0].Edge);
        // A list that shifted while paged repeats a paper: its listings are one source's, merged like any others.
        var ids = new PaperIdSet();
        foreach (var (_, edge) in listings) ids.AddAll(new PaperIdSet(IdsOf(edge)));
        T? First<T>(Func<CitationEdge, T?> value, Func<T, bool> present)
        {
            foreach (var (_, edge) in listings)
                if (value(edge) is { } v && present(v)) return v;
            return default;
        }
        var withIntents = listings.Select(l => l.Edge).FirstOrDefault(e => e.Intents.Count > 0);
        var withRole = listings.Select(l => l.Edge).FirstOrDefault(e => e.Role != CitationRole.Unclassified);
        var withContexts = listings.Select(l => l.Edge).FirstOrDefault(e => e.Contexts.Count > 0);
        var first = listings[0].Edge;
        return first with
        {
            CitingPaperId = ids.Key,
            CitingExternalIds = ids.External(),
            Title = First(e => e.Title, t => t.Length > 0),
            Year = First(e => e.Year, _ => true),
            Authors = First(e => e.Authors, a => a.Count > 0) ?? [],
            Venue = First(e => e.Venue, t => t.Length > 0),
            CitationCount = First(e => e.CitationCount, _ => true),
            Summary = First(e => e.Summary, t => t.Length > 0),
            Intents = withIntents?.Intents ?? [],
            Role = withIntents?.Role ?? withRole?.Role ?? CitationRole.Unclassified,
            RoleFromContext = withIntents is null && (withRole?.RoleFromContext ?? false),
            Contexts = withContexts?.Contexts ?? [],
            Polarity = First(e => (CitationPolarity?)e.Polarity, p => p != CitationPolarity.Unclassified) ?? CitationPolarity.Unclassified,
            IsInfluential = listings.Any(l => l.Edge.IsInfluential),
            Sources = listings.Select(l => l.Source).Distinct().ToList(),
        };
    }

    // A citation only one source listed: as it was, keyed like every other and naming its source.
    private static CitationEdge Alone(string source, CitationEdge edge) =>
        edge with { Sources = new List<string> { source }, CitingPaperId = KeyOf(edge) ?? edge.CitingPaperId };

    private static string? KeyOf(CitationEdge edge) =>
        edge.CitingExternalIds.Count == 0 ? edge.CitingPaperId : new PaperIdSet(IdsOf(edge)).Key;

    private static IEnumerable<PaperIdentifier> IdsOf(CitationEdge edge)
    {
        if (edge.CitingPaperId is { } key && PaperIdentifier.TryParse(key, out var id, out _)) yield return id;
        foreach (var (scheme, value) in edge.CitingExternalIds)
            if (PaperIdentifier.FromExternalId(scheme, value) is { } external) yield return external;
    }
}
