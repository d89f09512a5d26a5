using HubCrawler.Graph;

namespace HubCrawler.Api.Related;

/// <summary>Co-citation and bibliographic coupling for one paper, from the lists its hub and its neighbours' hubs hold
/// (<see cref="SharedNeighbours"/> does the counting). Reads storage only, never a source.</summary>
internal sealed class RelatedPapersReader(IGrainFactory grains)
{
    /// <summary>Neighbours whose lists are read for one answer; beyond this they count as not read (and the note says so).</summary>
    public const int MaxNeighbours = 1000;
    public const int NotReadShown = 20;
    private readonly PaperLinksReader _links = new(grains);

    /// <summary>Null when the paper has no hub.</summary>
    public async Task<RelatedPapersResponse?> Read(string paperId, int limit, CancellationToken cancellationToken)
    {
        var paper = await _links.Read(paperId, citers: true, references: true);
        if (!paper.HasHub) return null;
        var known = new Dictionary<string, LinkedPaper>(StringComparer.Ordinal);
        Remember(known, paper.Citers);
        Remember(known, paper.References);

        // Co-citation needs only the citing papers' references, coupling only the cited papers' citers: each neighbour's
        // other list is not read.
        var coCitation = await List(paper.PaperId, paper.Citers, l => l.References, Kind.CoCitation, limit, known, cancellationToken);
        var coupling = await List(paper.PaperId, paper.References, l => l.Citers, Kind.Coupling, limit, known, cancellationToken);
        return new RelatedPapersResponse(paper.PaperId, paper.Title, coCitation, coupling);
    }

    private enum Kind { CoCitation, Coupling }

    private async Task<RelatedList> List(string paperId, IReadOnlyList<LinkedPaper>? own, Func<PaperLinks, IReadOnlyList<LinkedPaper>?> secondHop,
        Kind kind, int limit, Dictionary<string, LinkedPaper> known, CancellationToken cancellationToken)
    {
        if (own is null)
            return new RelatedList("unknown", 0, 0, 0, [], kind == Kind.CoCitation
                ? "Its citation list has not been read, so the papers cited together with it are unknown (not none)."
                : "Its references have not been read yet, so the papers sharing them are unknown (not none). Reading them costs source requests: " +
                  "open its references on the hub page, or crawl with direction both.", 0, []);

        var neighbours = own.Select(n => n.PaperId).Distinct(StringComparer.Ordinal).ToList();
        var read = await _links.Read(neighbours.Take(MaxNeighbours), citers: kind == Kind.Coupling, references: kind == Kind.CoCitation, cancellationToken);
        var lists = new Dictionary<string, IReadOnlyList<LinkedPaper>>(StringComparer.Ordinal);
        foreach (var links in read)
            if (secondHop(links) is { } list)
            {
                lists[links.PaperId] = list;
                Remember(known, list);
            }
        var counted = SharedNeighbours.Count(paperId, neighbours, n => lists.TryGetValue(n, out var list) ? list.Select(l => l.PaperId) : null);

        var items = new List<RelatedPaper>();
        foreach (var chunk in counted.Related.Take(limit).Chunk(16))
        {
            var hubs = await Task.WhenAll(chunk.Select(r => _links.Read(r.PaperId, citers: false, references: false)));
            items.AddRange(chunk.Zip(hubs, (related, hub) =>
            {
                known.TryGetValue(related.PaperId, out var listed);
                return new RelatedPaper(related.PaperId, hub.Title ?? listed?.Title, hub.Year ?? listed?.Year, related.Count, Evidence(kind, related.Count), hub.HasHub);
            }));
        }
        var notRead = counted.Unread.Count;
        var status = notRead == 0 ? "complete" : "partial";
        return new RelatedList(status, counted.Neighbours, counted.Neighbours - notRead, notRead, counted.Unread.Take(NotReadShown).ToList(),
            Note(kind, counted.Neighbours, notRead, neighbours.Count > MaxNeighbours), counted.Related.Count, items);
    }

    private static void Remember(Dictionary<string, LinkedPaper> known, IEnumerable<LinkedPaper>? papers)
    {
        foreach (var paper in papers ?? []) known.TryAdd(paper.PaperId, paper);
    }

    /// <summary>The evidence for co-citation (<paramref name="coCitation"/>) or coupling in words.</summary>
    public static string Evidence(bool coCitation, int count) => Evidence(coCitation ? Kind.CoCitation : Kind.Coupling, count);

    private static string Evidence(Kind kind, int count) => kind == Kind.CoCitation
        ? $"cited together {Times(count)}"
        : $"shares {count} reference{(count == 1 ? "" : "s")}";

    private static string Times(int count) => count switch { 1 => "once", 2 => "twice", _ => $"{count} times" };

    private static string Note(Kind kind, int neighbours, int notRead, bool capped)
    {
        var (mine, theirs) = kind == Kind.CoCitation ? ("citing papers", "references") : ("references", "citing papers");
        if (neighbours == 0) return $"It has no {mine} in the hubs held, so there is nothing to count.";
        var read = neighbours - notRead;
        var text = notRead == 0
            ? $"Counted over the {theirs} of all its {neighbours} {mine}."
            : $"Counted over the {theirs} of {read} of its {neighbours} {mine}; the {theirs} of {notRead} were not read " +
              (kind == Kind.CoCitation ? "(a crawl with direction both reads them)" : "(they have no hub yet)") + ", so counts may be short.";
        return capped ? text + $" Only the first {MaxNeighbours} {mine} were read for this answer." : text;
    }
}
