namespace HubCrawler.Tests.Simulator;

/// <summary><see cref="SyntheticGraph.MinimumGraphApiRequests"/> against a hand count and against the requests a crawl really makes.</summary>
public sealed class MinimumGraphApiRequestsTests
{
    private static readonly Lazy<SyntheticGraph> SharedGraph = new(() =>
        SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 120, Seed = 4, HeavyPaperCitations = 2100 }));

    private static SyntheticGraph Graph => SharedGraph.Value;

    [Fact]
    public void HandCount_BatchesForDistinctIds_PagesOnlyForPapersWithCitations()
    {
        var heavy = Graph.Papers[Graph.HeavyPaperIndex!.Value];
        var uncited = Graph.Papers.First(p => Graph.CitationsOf(p.Index).Count == 0);
        var cited = Graph.Papers.First(p => Graph.CitationsOf(p.Index).Count is > 0 and <= 1000);
        var heavyRecords = Graph.CitationsOf(heavy.Index).Count;
        Assert.InRange(heavyRecords, 2001, 3000);

        string[] ids =
        [
            heavy.PaperId,
            $"DOI:{heavy.Doi}",          // the same paper again: no second batch slot, no second listing
            $"arXiv:{uncited.ArxivId}",  // no citation records: a batch slot, no citations request
            cited.PaperId,
            "DOI:10.5555/not-a-paper",   // unknown: a batch slot (answered null), nothing else
        ];

        // 4 distinct ids: 2 batches of 2 (1 of 500, 4 of 1); the heavy paper: 3 pages of 1000;
        // the uncited paper: 0; the cited one: 1 page.
        Assert.Equal(2 + 3 + 0 + 1, Graph.MinimumGraphApiRequests(ids, batchSize: 2));
        Assert.Equal(1 + 3 + 0 + 1, Graph.MinimumGraphApiRequests(ids));
        Assert.Equal(4 + 3 + 0 + 1, Graph.MinimumGraphApiRequests(ids, batchSize: 1));
        Assert.Equal(1 + (heavyRecords + 99) / 100 + 0 + (Graph.CitationsOf(cited.Index).Count + 99) / 100, Graph.MinimumGraphApiRequests(ids, pageSize: 100));
        Assert.Equal(0, Graph.MinimumGraphApiRequests([]));
        Assert.Equal(1, Graph.MinimumGraphApiRequests([uncited.PaperId]));
    }

    [Fact]
    public void RefusesSizesTheApiDoesNotAllow()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Graph.MinimumGraphApiRequests(["x"], batchSize: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Graph.MinimumGraphApiRequests(["x"], batchSize: 501));
        Assert.Throws<ArgumentOutOfRangeException>(() => Graph.MinimumGraphApiRequests(["x"], pageSize: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Graph.MinimumGraphApiRequests(["x"], pageSize: 1001));
        Assert.Throws<ArgumentNullException>(() => Graph.MinimumGraphApiRequests(null!));
    }

    [Fact]
    public async Task EqualsTheRequestsOfALeanCrawlOverHttp()
    {
        await using var server = await SimulatorServer.StartAsync(Graph);
        using var http = new HttpClient();
        var ids = Graph.Papers.Take(60).Select(p => p.PaperId).Append("unknown-id").ToList();
        const int batchSize = 25;
        const int pageSize = 400;

        // The lean crawl: metadata in batches, then each paper's citations page by page, skipping papers whose
        // citationCount is 0.
        var counts = new List<int>();
        foreach (var chunk in ids.Chunk(batchSize))
        {
            using var response = await http.PostAsync(
                $"{server.SemanticScholarBaseUrl}/paper/batch?fields=citationCount",
                new StringContent(JsonSerializer.Serialize(new { ids = chunk }), Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            counts.AddRange(json.RootElement.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? 0 : e.GetProperty("citationCount").GetInt32()));
        }

        for (var i = 0; i < ids.Count; i++)
        {
            int? offset = counts[i] > 0 ? 0 : null;
            while (offset is { } current)
            {
                using var page = await http.GetAsync($"{server.SemanticScholarBaseUrl}/paper/{ids[i]}/citations?fields=title&offset={current}&limit={pageSize}");
                using var json = JsonDocument.Parse(await page.Content.ReadAsStringAsync());
                offset = json.RootElement.TryGetProperty("next", out var next) ? next.GetInt32() : null;
            }
        }

        Assert.Contains(counts, c => c == 0);
        Assert.Contains(counts, c => c > pageSize);
        Assert.Equal(server.RequestLog.Count, Graph.MinimumGraphApiRequests(ids, batchSize, pageSize));
    }
}
