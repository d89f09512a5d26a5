namespace HubCrawler.Simulator;

/// <summary>Answers that scripts and benchmarks check a crawl against: a paper's ids by index, and
/// how many papers a crawl from given seeds to a given depth must reach.</summary>
internal sealed class OracleHandler(SyntheticGraph graph)
{
    /// <summary>GET /sim/papers/{index}: the paper's ids in every scheme.</summary>
    public async Task HandlePaperAsync(HttpContext context)
    {
        if (!int.TryParse(context.Request.RouteValues["index"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= graph.Papers.Count)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsJsonAsync(new { error = $"No paper has index {context.Request.RouteValues["index"]}" });
            return;
        }
        var paper = graph.Papers[index];
        await context.Response.WriteAsJsonAsync(new
        {
            index,
            paperId = paper.PaperId,
            arxiv = "arXiv:" + paper.ArxivId,
            doi = "DOI:" + paper.Doi,
            corpusId = "CorpusId:" + paper.CorpusId.ToString(CultureInfo.InvariantCulture),
            citations = graph.CitationsOf(index).Count,
            references = graph.ReferencesOf(index).Count,
        });
    }

    /// <summary>
    /// GET /sim/reachable?seeds=0,1&amp;depth=3[&amp;direction=citations|references|both]: how many papers a crawl
    /// must visit following citing papers (the default), the papers cited (references), or both.
    /// </summary>
    public async Task HandleReachableAsync(HttpContext context)
    {
        var seeds = context.Request.Query["seeds"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        var indices = new List<int>();
        foreach (var seed in seeds)
        {
            if (!int.TryParse(seed, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= graph.Papers.Count)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsJsonAsync(new { error = $"'{seed}' is not a paper index" });
                return;
            }
            indices.Add(index);
        }
        if (!int.TryParse(context.Request.Query["depth"], NumberStyles.None, CultureInfo.InvariantCulture, out var depth))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new { error = "depth must be a non-negative integer" });
            return;
        }
        var direction = context.Request.Query["direction"].ToString();
        EdgeDirections? directions = direction switch
        {
            "" or "citations" => EdgeDirections.Citations,
            "references" => EdgeDirections.References,
            "both" => EdgeDirections.Both,
            _ => null,
        };
        if (directions is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new { error = $"direction must be citations, references or both, not '{direction}'" });
            return;
        }

        await context.Response.WriteAsJsonAsync(new
        {
            seeds = indices,
            depth,
            direction = directions == EdgeDirections.Both ? "both" : directions == EdgeDirections.References ? "references" : "citations",
            papers = graph.Reachable(indices, depth, directions.Value).Count,
        });
    }
}
