using System.Runtime.CompilerServices;

namespace HubCrawler.Api.Export;

/// <summary>Reads a crawl's graph from the grains, paper by paper: the papers the job admitted (a
/// snapshot taken when reading starts), each with its hub and its citations from other admitted
/// papers. A few papers are read at a time, in order, so memory holds the admitted ids and a handful
/// of hubs, never the whole graph. Without edges (the reference-manager formats) only the hubs are read.</summary>
internal sealed class CrawlGraphReader(IGrainFactory grains)
{
    private const int PaperPageSize = 1000;
    private const int Parallelism = 8;

    public async IAsyncEnumerable<ExportedPaper> Read(string jobId, bool withEdges, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var papers = await AdmittedPapers(grains.GetGrain<ICrawlJobGrain>(jobId), cancellationToken);
        var admitted = papers.Select(p => p.PaperId).ToHashSet(StringComparer.Ordinal);
        foreach (var chunk in papers.Chunk(Parallelism))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var paper in await Task.WhenAll(chunk.Select(p => Load(p, admitted, withEdges))))
                yield return paper;
        }
    }

    private static async Task<List<CrawledPaper>> AdmittedPapers(ICrawlJobGrain job, CancellationToken cancellationToken)
    {
        var papers = new List<CrawledPaper>();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await job.GetPapers(papers.Count, PaperPageSize);
            papers.AddRange(page);
            if (page.Count < PaperPageSize) return papers;
        }
    }

    private async Task<ExportedPaper> Load(CrawledPaper crawled, HashSet<string> admitted, bool withEdges)
    {
        var grain = grains.GetGrain<IPaperGrain>(crawled.PaperId);
        var lookup = await grain.GetHub();
        if (lookup.Hub is not { } hub)
            return new ExportedPaper(crawled.PaperId, crawled.RemainingDepth, null, lookup.Message ?? EnumText.Of(lookup.Error), [], []);
        if (!withEdges) return new ExportedPaper(crawled.PaperId, crawled.RemainingDepth, hub, null, [], []);

        var citations = new List<CitationEdge>();
        var citers = new HashSet<string>(StringComparer.Ordinal);
        var query = new CitationQuery { Limit = CitationQuery.MaxLimit };
        while (true)
        {
            var page = await grain.GetCitations(query);
            foreach (var citation in page.Items)
                if (citation.CitingPaperId is { } citer && admitted.Contains(citer) && citers.Add(citer))
                    citations.Add(citation);
            if (page.NextOffset is not { } next) break;
            query = query with { Offset = next };
        }

        // A crawl along references read them; their edges to admitted papers are exported too. One a cited paper's
        // citation list also gave is written once, from there (the cited paper's list is read when its row is).
        var references = new List<CitationEdge>();
        if (hub.References is not null)
        {
            var cited = new HashSet<string>(StringComparer.Ordinal);
            query = new CitationQuery { Limit = CitationQuery.MaxLimit };
            while (true)
            {
                var page = (await grain.GetReferences(query)).Page;
                if (page is null) break;
                foreach (var reference in page.Items)
                    if (reference.CitingPaperId is { } target && admitted.Contains(target) && cited.Add(target) && !await CitedPaperListsCiter(target, crawled.PaperId))
                        references.Add(reference);
                if (page.NextOffset is not { } next) break;
                query = query with { Offset = next };
            }
        }
        return new ExportedPaper(crawled.PaperId, crawled.RemainingDepth, hub, null, citations, references);
    }

    private async Task<bool> CitedPaperListsCiter(string citedPaperId, string citingPaperId)
    {
        var page = await grains.GetGrain<IPaperGrain>(citedPaperId).GetCitations(new CitationQuery { Limit = CitationQuery.MaxLimit });
        var offset = 0;
        while (true)
        {
            if (page.Items.Any(c => c.CitingPaperId == citingPaperId)) return true;
            if (page.NextOffset is not { } next || next <= offset) return false;
            offset = next;
            page = await grains.GetGrain<IPaperGrain>(citedPaperId).GetCitations(new CitationQuery { Limit = CitationQuery.MaxLimit, Offset = next });
        }
    }
}
