namespace HubCrawler.Tests.Simulator;

/// <summary>The Semantic Scholar shapes the simulator copies from the real API: fields the citations listing refuses, and the batch limits.</summary>
public sealed class SimulatorGraphApiShapesTests() : SimulatorOverHttp(SharedGraph)
{
    private const string CitationListingFields =
        "authors,publicationDate,referenceCount,influentialCitationCount,url,externalIds,abstract,citationCount,year,venue,title,corpusId";

    private static readonly Lazy<SyntheticGraph> SharedGraph = new(() =>
        SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 300, Seed = 5, HeavyPaperCitations = 600 }));

    [Theory]
    [InlineData("title,tldr", "[tldr]")]
    [InlineData("tldr", "[tldr]")]
    [InlineData("embedding,title", "[embedding]")]
    [InlineData("tldr,contexts,embedding", "[tldr, embedding]")]
    public async Task Citations_WithTldrOrEmbedding_Answer400LikeTheRealApi(string fields, string named)
    {
        using var response = await Http.GetAsync($"{BaseUrl}/paper/{Graph.Papers[0].PaperId}/citations?fields={fields}&limit=5");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"Unrecognized or unsupported fields: {named}", json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Citations_ServeEveryOtherPaperField_OfTheCitingPapers()
    {
        var cited = Graph.Papers[Graph.HeavyPaperIndex!.Value];
        var records = Graph.CitationsOf(cited.Index);

        using var response = await Http.GetAsync($"{BaseUrl}/paper/{cited.PaperId}/citations?fields={CitationListingFields},contexts,intents,isInfluential&limit=50");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = json.RootElement.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(50, data.Count);
        var resolved = 0;
        for (var i = 0; i < data.Count; i++)
        {
            var citing = data[i].GetProperty("citingPaper");
            Assert.Equal(
                ["paperId", "authors", "publicationDate", "referenceCount", "influentialCitationCount", "url", "externalIds", "abstract", "citationCount", "year", "venue", "title", "corpusId"],
                citing.EnumerateObject().Select(p => p.Name));
            if (records[i].CitingIndex is not { } index)
            {
                continue;
            }

            var paper = Graph.Papers[index];
            resolved++;
            Assert.Equal(paper.PaperId, citing.GetProperty("paperId").GetString());
            Assert.Equal(paper.Title, citing.GetProperty("title").GetString());
            Assert.Equal(paper.Abstract, citing.GetProperty("abstract").GetString());
            Assert.Equal(paper.Year, citing.GetProperty("year").GetInt32());
            Assert.Equal(paper.Venue, citing.GetProperty("venue").GetString());
            Assert.Equal(paper.PublicationDate, citing.GetProperty("publicationDate").GetString());
            Assert.Equal(paper.Url, citing.GetProperty("url").GetString());
            Assert.Equal(paper.CorpusId, citing.GetProperty("corpusId").GetInt64());
            Assert.Equal(paper.Doi, citing.GetProperty("externalIds").GetProperty("DOI").GetString());
            Assert.Equal(paper.CitationCount, citing.GetProperty("citationCount").GetInt32());
            Assert.Equal(paper.ReferenceCount, citing.GetProperty("referenceCount").GetInt32());
            Assert.Equal(paper.InfluentialCitationCount, citing.GetProperty("influentialCitationCount").GetInt32());
            Assert.Equal(paper.Authors.Select(a => a.Name), citing.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        }

        Assert.True(resolved > 0);
    }

    [Fact]
    public async Task Tldr_IsStillServedByPaperAndBatch()
    {
        var paper = Graph.Papers.First(p => p.Tldr is not null);

        using var single = await Http.GetAsync($"{BaseUrl}/paper/{paper.PaperId}?fields=title,tldr");
        using var singleJson = await ReadJsonAsync(single);
        using var batch = await PostBatchAsync([paper.PaperId], "title,tldr");
        using var batchJson = await ReadJsonAsync(batch);

        Assert.Equal(HttpStatusCode.OK, single.StatusCode);
        Assert.Equal(paper.Tldr, singleJson.RootElement.GetProperty("tldr").GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
        Assert.Equal(paper.Tldr, batchJson.RootElement[0].GetProperty("tldr").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Batch_LargerThanTheResponseLimit_Answers400_AtTheLimitIsServed()
    {
        var ids = Graph.Papers.Take(20).Select(p => p.PaperId).ToArray();
        using var whole = await PostBatchAsync(ids, "title,abstract,authors");
        var wholeBytes = (await whole.Content.ReadAsByteArrayAsync()).Length;
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.True(wholeBytes > 1000, $"{wholeBytes} bytes");

        Server.Faults.BatchMaxResponseBytes = wholeBytes;
        using var atLimit = await PostBatchAsync(ids, "title,abstract,authors");
        Server.Faults.BatchMaxResponseBytes = wholeBytes - 1;
        using var over = await PostBatchAsync(ids, "title,abstract,authors");
        using var overJson = await ReadJsonAsync(over);
        using var fewer = await PostBatchAsync(ids[..2], "title,abstract,authors");

        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.StartsWith("Response would exceed maximum size", overJson.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fewer.StatusCode);
        Assert.Equal(GraphApiLimits.MaxBatchResponseBytes, new SimulatorFaults().BatchMaxResponseBytes);
        Server.Faults.Reset();
        Assert.Equal(10 * 1024 * 1024, Server.Faults.BatchMaxResponseBytes);
    }

    [Fact]
    public async Task Batch_KeepsOrder_NullForUnknown_AndRefusesMoreThan500Ids()
    {
        var papers = new[] { Graph.Papers[7], Graph.Papers[3], Graph.Papers[250] };
        var ids = new[] { $"CorpusId:{papers[0].CorpusId}", "unknown-id", papers[1].PaperId, $"DOI:{papers[2].Doi}", "DOI:10.5555/none" };

        using var response = await PostBatchAsync(ids, "year");
        using var json = await ReadJsonAsync(response);
        using var tooMany = await PostBatchAsync(Enumerable.Range(0, GraphApiLimits.MaxBatchIds + 1).Select(i => Graph.Papers[i % Graph.Papers.Count].PaperId).ToArray(), "title");
        using var atMost = await PostBatchAsync(Enumerable.Range(0, GraphApiLimits.MaxBatchIds).Select(i => Graph.Papers[i % Graph.Papers.Count].PaperId).ToArray(), "title");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            new[] { papers[0].PaperId, null, papers[1].PaperId, papers[2].PaperId, null },
            json.RootElement.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? null : e.GetProperty("paperId").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.OK, atMost.StatusCode);
    }

    private Task<HttpResponseMessage> PostBatchAsync(string[] ids, string fields) =>
        Http.PostAsync(
            $"{BaseUrl}/paper/batch?fields={fields}",
            new StringContent(JsonSerializer.Serialize(new { ids }), Encoding.UTF8, "application/json"));
}
