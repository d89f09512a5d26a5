namespace HubCrawler.Tests.Simulator;

public sealed class SimulatorServerTests() : SimulatorOverHttp(SharedGraph)
{
    private const string UserAgent = "hubcrawler-tests/1.0";

    private static readonly Lazy<SyntheticGraph> SharedGraph = new(() =>
        SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 600, Seed = 11, HeavyPaperCitations = 2500 }));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
    }

    [Fact]
    public void Urls_PointAtTheLoopbackPort()
    {
        Assert.Equal("127.0.0.1", Server.Root.Host);
        Assert.NotEqual(0, Server.Root.Port);
        Assert.Equal($"http://127.0.0.1:{Server.Root.Port}/graph/v1", BaseUrl);
    }

    [Fact]
    public async Task GetPaper_ReturnsRequestedFields()
    {
        var paper = Graph.Papers[3];

        using var response = await Http.GetAsync(
            $"{BaseUrl}/paper/{paper.PaperId}?fields=externalIds,url,title,abstract,venue,year,publicationDate,authors,citationCount,referenceCount,influentialCitationCount,tldr");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = json.RootElement;
        Assert.Equal(paper.PaperId, root.GetProperty("paperId").GetString());
        Assert.Equal(paper.ArxivId, root.GetProperty("externalIds").GetProperty("ArXiv").GetString());
        Assert.Equal(paper.Doi, root.GetProperty("externalIds").GetProperty("DOI").GetString());
        Assert.Equal(paper.CorpusId, root.GetProperty("externalIds").GetProperty("CorpusId").GetInt64());
        Assert.Equal($"https://www.semanticscholar.org/paper/{paper.PaperId}", root.GetProperty("url").GetString());
        Assert.Equal(paper.Title, root.GetProperty("title").GetString());
        Assert.Equal(paper.Abstract, root.GetProperty("abstract").GetString());
        Assert.Equal(paper.Venue, root.GetProperty("venue").GetString());
        Assert.Equal(paper.Year, root.GetProperty("year").GetInt32());
        Assert.Equal(paper.PublicationDate, root.GetProperty("publicationDate").GetString());
        Assert.Equal(paper.CitationCount, root.GetProperty("citationCount").GetInt32());
        Assert.Equal(paper.ReferenceCount, root.GetProperty("referenceCount").GetInt32());
        Assert.Equal(paper.InfluentialCitationCount, root.GetProperty("influentialCitationCount").GetInt32());
        Assert.Equal(
            paper.Authors.Select(a => (a.AuthorId, a.Name)),
            root.GetProperty("authors").EnumerateArray()
                .Select(a => (a.GetProperty("authorId").GetString()!, a.GetProperty("name").GetString()!)));
        var tldr = root.GetProperty("tldr");
        if (paper.Tldr is null)
        {
            Assert.Equal(JsonValueKind.Null, tldr.ValueKind);
        }
        else
        {
            Assert.Equal("tldr@v2.0.0", tldr.GetProperty("model").GetString());
            Assert.Equal(paper.Tldr, tldr.GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task GetPaper_WithoutFields_ReturnsIdAndTitleOnly()
    {
        var paper = Graph.Papers[1];

        using var response = await Http.GetAsync($"{BaseUrl}/paper/{paper.PaperId}");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(
            new[] { "paperId", "title" },
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(paper.Title, json.RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("arXiv:{arxiv}")]
    [InlineData("DOI:{doi}")]
    [InlineData("DOI:{doi-encoded}")]
    [InlineData("CorpusId:{corpus}")]
    public async Task GetPaper_AcceptsEveryIdForm(string template)
    {
        var paper = Graph.Papers[42];
        var id = template
            .Replace("{arxiv}", paper.ArxivId, StringComparison.Ordinal)
            .Replace("{doi-encoded}", Uri.EscapeDataString(paper.Doi), StringComparison.Ordinal)
            .Replace("{doi}", paper.Doi, StringComparison.Ordinal)
            .Replace("{corpus}", paper.CorpusId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var response = await Http.GetAsync($"{BaseUrl}/paper/{id}?fields=title");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(paper.PaperId, json.RootElement.GetProperty("paperId").GetString());
    }

    [Fact]
    public async Task GetPaper_Unknown_Returns404WithErrorBody()
    {
        const string id = "DOI:10.5555/does-not-exist";

        using var response = await Http.GetAsync($"{BaseUrl}/paper/{id}");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal($"Paper with id {id} not found", json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task GetPaper_UnknownField_Returns400()
    {
        using var response = await Http.GetAsync($"{BaseUrl}/paper/{Graph.Papers[0].PaperId}?fields=title,bogus");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Unrecognized or unsupported fields: [bogus]", json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Citations_PageThroughNext_ToTheEnd()
    {
        var heavy = Graph.Papers[Graph.HeavyPaperIndex!.Value];
        var expected = Graph.CitationsOf(heavy.Index);
        var seen = new List<(string? PaperId, string Title)>();
        int? offset = 0;
        var pages = 0;
        while (offset is { } current)
        {
            using var response = await Http.GetAsync(
                $"{BaseUrl}/paper/{heavy.PaperId}/citations?fields=title,contexts,intents,isInfluential&offset={current}&limit=1000");
            using var json = await ReadJsonAsync(response);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var root = json.RootElement;
            Assert.Equal(current, root.GetProperty("offset").GetInt32());
            foreach (var item in root.GetProperty("data").EnumerateArray())
            {
                Assert.Equal(JsonValueKind.Array, item.GetProperty("contexts").ValueKind);
                Assert.Equal(JsonValueKind.Array, item.GetProperty("intents").ValueKind);
                Assert.True(item.GetProperty("isInfluential").ValueKind is JsonValueKind.True or JsonValueKind.False);
                var citing = item.GetProperty("citingPaper");
                seen.Add((citing.GetProperty("paperId").GetString(), citing.GetProperty("title").GetString()!));
            }

            offset = root.TryGetProperty("next", out var next) ? next.GetInt32() : null;
            pages++;
        }

        Assert.Equal((expected.Count + 999) / 1000, pages);
        Assert.Equal(expected.Count, seen.Count);
        Assert.Equal(heavy.CitationCount, seen.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].CitingIndex is { } index ? Graph.Papers[index].PaperId : null, seen[i].PaperId);
            Assert.Equal(expected[i].CitingTitle, seen[i].Title);
        }

        Assert.Contains(seen, s => s.PaperId is null);
    }

    [Fact]
    public async Task Citations_OnlyCarryRequestedEdgeFields()
    {
        var paper = Graph.Papers[0];

        using var response = await Http.GetAsync($"{BaseUrl}/paper/{paper.PaperId}/citations?fields=year&limit=5");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(5, json.RootElement.GetProperty("next").GetInt32());
        var item = json.RootElement.GetProperty("data")[0];
        Assert.Equal(new[] { "citingPaper" }, item.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            new[] { "paperId", "year" },
            item.GetProperty("citingPaper").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Citations_PastTheEnd_ReturnEmptyDataWithoutNext()
    {
        var paper = Graph.Papers[0];

        using var response = await Http.GetAsync($"{BaseUrl}/paper/{paper.PaperId}/citations?offset={paper.CitationCount + 10}");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, json.RootElement.GetProperty("data").GetArrayLength());
        Assert.False(json.RootElement.TryGetProperty("next", out _));
    }

    [Theory]
    [InlineData("limit=1001")]
    [InlineData("limit=0")]
    [InlineData("offset=-1")]
    public async Task Citations_BadPaging_Returns400(string query)
    {
        using var response = await Http.GetAsync($"{BaseUrl}/paper/{Graph.Papers[0].PaperId}/citations?{query}");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Batch_ReturnsOneEntryPerId_NullForUnknown()
    {
        var first = Graph.Papers[1];
        var second = Graph.Papers[2];
        var body = JsonSerializer.Serialize(new { ids = new[] { first.PaperId, "nope", $"arXiv:{second.ArxivId}" } });

        using var response = await Http.PostAsync(
            $"{BaseUrl}/paper/batch?fields=title,year",
            new StringContent(body, Encoding.UTF8, "application/json"));
        using var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(3, entries.Length);
        Assert.Equal(first.PaperId, entries[0].GetProperty("paperId").GetString());
        Assert.Equal(first.Year, entries[0].GetProperty("year").GetInt32());
        Assert.Equal(JsonValueKind.Null, entries[1].ValueKind);
        Assert.Equal(second.PaperId, entries[2].GetProperty("paperId").GetString());
    }

    [Fact]
    public async Task TooManyRequests_CarriesRetryAfter()
    {
        Server.Faults.TooManyRequestsRate = 1;
        Server.Faults.RetryAfterSeconds = 7;

        using var response = await Http.GetAsync($"{BaseUrl}/paper/{Graph.Papers[1].PaperId}");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
        Assert.Equal("Too Many Requests", json.RootElement.GetProperty("message").GetString());

        Server.Faults.Reset();
        using var recovered = await Http.GetAsync($"{BaseUrl}/paper/{Graph.Papers[1].PaperId}");
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task ServerErrors_Are500Or503()
    {
        Server.Faults.ServerErrorRate = 1;

        for (var i = 0; i < 6; i++)
        {
            using var response = await Http.GetAsync($"{BaseUrl}/paper/{Graph.Papers[1].PaperId}");
            Assert.True(
                response.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.ServiceUnavailable,
                $"unexpected {response.StatusCode}");
        }
    }

    [Fact]
    public async Task FailingPaperIds_Get500_OtherPapersDoNot()
    {
        var failing = Graph.Papers[5];
        Server.Faults.FailingPaperIds.Add(failing.PaperId);

        using var byDoi = await Http.GetAsync($"{BaseUrl}/paper/DOI:{failing.Doi}/citations");
        using var other = await Http.GetAsync($"{BaseUrl}/paper/{Graph.Papers[6].PaperId}");

        Assert.Equal(HttpStatusCode.InternalServerError, byDoi.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task RequiredApiKey_RejectsRequestsWithoutIt()
    {
        Server.Faults.RequiredApiKey = "sekret";
        var url = $"{BaseUrl}/paper/{Graph.Papers[1].PaperId}";

        using var without = await Http.GetAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("x-api-key", "sekret");
        using var with = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, without.StatusCode);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        Assert.Equal("sekret", Server.RequestLog.Snapshot()[^1].ApiKey);
    }

    [Fact]
    public async Task GatewayTimeout_AboveLimit()
    {
        Server.Faults.GatewayTimeoutAboveLimit = 100;
        var paper = Graph.Papers[0];

        using var large = await Http.GetAsync($"{BaseUrl}/paper/{paper.PaperId}/citations?limit=500");
        using var small = await Http.GetAsync($"{BaseUrl}/paper/{paper.PaperId}/citations?limit=100");

        Assert.Equal(HttpStatusCode.GatewayTimeout, large.StatusCode);
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [Fact]
    public async Task Malformed_CutsTheBodyOff()
    {
        Server.Faults.MalformedRate = 1;

        using var response = await Http.GetAsync($"{BaseUrl}/paper/{Graph.Papers[1].PaperId}?fields=title,abstract");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body).Dispose());
    }

    [Fact]
    public async Task RequestLog_RecordsStatusUserAgentKindAndPaper()
    {
        var paper = Graph.Papers[2];
        Server.RequestLog.Clear();

        using (await Http.GetAsync($"{BaseUrl}/paper/arXiv:{paper.ArxivId}?fields=title"))
        using (await Http.GetAsync($"{BaseUrl}/paper/{paper.PaperId}/citations?limit=3"))
        using (await Http.GetAsync($"{BaseUrl}/paper/unknown-id"))
        {
        }

        var log = Server.RequestLog.Snapshot();
        Assert.Equal(3, Server.RequestLog.Count);
        Assert.Equal(3, log.Count);
        Assert.All(log, r =>
        {
            Assert.Equal(UserAgent, r.UserAgent);
            Assert.Equal("GET", r.Method);
            Assert.Null(r.ApiKey);
            Assert.Equal(TimeSpan.Zero, r.Timestamp.Offset);
        });
        Assert.Equal((200, "paper", paper.PaperId), (log[0].Status, log[0].Kind, log[0].PaperId));
        Assert.Equal($"/graph/v1/paper/arXiv:{paper.ArxivId}", log[0].Path);
        Assert.Equal("?fields=title", log[0].Query);
        Assert.Equal((200, "citations", paper.PaperId), (log[1].Status, log[1].Kind, log[1].PaperId));
        Assert.Equal((404, "paper", (string?)null), (log[2].Status, log[2].Kind, log[2].PaperId));

        Server.Faults.TooManyRequestsRate = 1;
        using (await Http.GetAsync($"{BaseUrl}/paper/{paper.PaperId}"))
        {
        }

        Assert.Equal(429, Server.RequestLog.Snapshot()[^1].Status);
    }

    [Fact]
    public async Task Stats_ReportPapersAndRequests()
    {
        using var response = await Http.GetAsync(new Uri(Server.Root, "sim/stats"));
        using var json = await ReadJsonAsync(response);

        Assert.Equal(Graph.Papers.Count, json.RootElement.GetProperty("papers").GetInt32());
        Assert.True(json.RootElement.GetProperty("requests").GetInt32() >= 0);
    }
}
