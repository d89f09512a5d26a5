using HubCrawler.Graph;

namespace HubCrawler.Api.Related;

/// <summary>Reads a crawl's graph for its ranking and picture: the papers the job admitted, and every citation between two of
/// them that a citation list or a reference list held (each once). Storage reads only, never a source.</summary>
internal sealed class CrawlGraphSnapshotReader(IGrainFactory grains)
{
    private const int PaperPageSize = 1000;

    /// <summary>Null when no crawl has the id.</summary>
    public async Task<CrawlGraphSnapshot?> Read(string jobId, CancellationToken cancellationToken)
    {
        var job = grains.GetGrain<ICrawlJobGrain>(jobId);
        if (await job.GetStatus() is null) return null;
        var ids = new List<string>();
        while (true)
        {
            var page = await job.GetPapers(ids.Count, PaperPageSize);
            ids.AddRange(page.Select(p => p.PaperId));
            if (page.Count < PaperPageSize) break;
        }
        var graph = new CitationGraph(ids);
        var links = await new PaperLinksReader(grains).Read(graph.Papers, citers: true, references: true, cancellationToken);
        foreach (var paper in links)
        {
            foreach (var citer in paper.Citers ?? []) graph.Add(citer.PaperId, paper.PaperId);
            foreach (var cited in paper.References ?? []) graph.Add(paper.PaperId, cited.PaperId);
        }
        return new CrawlGraphSnapshot(jobId, graph, links, CrawlRanking.Rank(graph));
    }
}
