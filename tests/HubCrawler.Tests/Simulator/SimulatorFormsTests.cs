using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using HubCrawler.Sources.Hubs;

namespace HubCrawler.Tests.Simulator;

/// <summary>The simulator's OpenAlex, arXiv abs and hub page forms of the graph, over real HTTP.</summary>
public sealed class SimulatorFormsTests() : SimulatorOverHttp(SharedGraph)
{
    private static readonly Lazy<SyntheticGraph> SharedGraph = new(() =>
        SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 600, Seed = 11, HeavyPaperCitations = 2500 }));

    private static readonly string[] Polarities = ["unclassified", "supporting", "neutral", "contrasting"];

    [Fact]
    public void BaseUrls_PointAtTheLoopbackPort()
    {
        var port = Server.Root.Port.ToString(CultureInfo.InvariantCulture);
        Assert.Equal($"http://127.0.0.1:{port}/openalex", Server.OpenAlexBaseUrl);
        Assert.Equal($"http://127.0.0.1:{port}/arxiv", Server.ArxivBaseUrl);
        Assert.Equal($"http://127.0.0.1:{port}", Server.HubBaseUrl);
        Assert.Equal("W3000000042", Graph.Papers[42].OpenAlexId);
    }

    [Fact]
    public async Task SamePaper_HasTheSameDataInEveryForm()
    {
        var paper = Graph.Papers[42];

        using var s2 = await GetJsonAsync($"{Server.SemanticScholarBaseUrl}/paper/{paper.PaperId}?fields=title,year,externalIds");
        using var work = await GetJsonAsync($"{Server.OpenAlexBaseUrl}/works/{paper.OpenAlexId}");
        var abs = await GetHtmlAsync($"{Server.ArxivBaseUrl}/abs/{paper.ArxivId}");
        var hub = await GetHtmlAsync($"{Server.HubBaseUrl}/papers/DOI:{paper.Doi}");

        var s2Root = s2.RootElement;
        Assert.Equal(paper.Title, s2Root.GetProperty("title").GetString());
        Assert.Equal(paper.Doi, s2Root.GetProperty("externalIds").GetProperty("DOI").GetString());
        Assert.Equal(paper.ArxivId, s2Root.GetProperty("externalIds").GetProperty("ArXiv").GetString());
        Assert.Equal(paper.Year, s2Root.GetProperty("year").GetInt32());

        var w = work.RootElement;
        Assert.Equal("https://openalex.org/" + paper.OpenAlexId, w.GetProperty("id").GetString());
        Assert.Equal(paper.Title, w.GetProperty("title").GetString());
        Assert.Equal(paper.Title, w.GetProperty("display_name").GetString());
        Assert.Equal("https://doi.org/" + paper.Doi, w.GetProperty("doi").GetString());
        Assert.Equal("https://doi.org/" + paper.Doi, w.GetProperty("ids").GetProperty("doi").GetString());
        Assert.Equal(paper.Year, w.GetProperty("publication_year").GetInt32());
        Assert.Equal(paper.PublicationDate, w.GetProperty("publication_date").GetString());
        Assert.Equal(paper.Venue, w.GetProperty("primary_location").GetProperty("source").GetProperty("display_name").GetString());
        Assert.Contains(
            w.GetProperty("locations").EnumerateArray(),
            l => l.GetProperty("landing_page_url").GetString() == "https://arxiv.org/abs/" + paper.ArxivId);
        Assert.Equal(paper.Authors.Select(a => a.Name), w.GetProperty("authorships").EnumerateArray()
            .Select(a => a.GetProperty("author").GetProperty("display_name").GetString()));
        Assert.Equal("first", w.GetProperty("authorships")[0].GetProperty("author_position").GetString());
        Assert.Equal(paper.CitationCount + 3, w.GetProperty("cited_by_count").GetInt32());
        Assert.Equal(paper.ReferenceCount, w.GetProperty("referenced_works_count").GetInt32());
        Assert.Equal("article", w.GetProperty("type").GetString());

        Assert.Equal(paper.Title, Meta(abs, "citation_title"));
        Assert.Equal(paper.Doi, Meta(abs, "citation_doi"));
        Assert.Equal(paper.ArxivId, Meta(abs, "citation_arxiv_id"));
        Assert.StartsWith(paper.Year.ToString(CultureInfo.InvariantCulture) + "/", Meta(abs, "citation_date"), StringComparison.Ordinal);

        Assert.Equal(paper.PaperId, hub.QuerySelector("article.hub")!.GetAttribute("data-paper-id"));
        Assert.Equal(paper.Title, hub.QuerySelector("article.hub h1")!.TextContent);
        Assert.Equal(paper.Doi, hub.QuerySelector("[data-id-scheme=DOI]")!.TextContent);
        Assert.Equal(paper.ArxivId, hub.QuerySelector("[data-id-scheme=ArXiv]")!.TextContent);
        Assert.Equal(paper.OpenAlexId, hub.QuerySelector("[data-id-scheme=OpenAlex]")!.TextContent);
        Assert.Equal(paper.Year.ToString(CultureInfo.InvariantCulture), hub.QuerySelector("time[data-year]")!.GetAttribute("data-year"));
    }

    [Theory]
    [InlineData("{w}")]
    [InlineData("{w-lower}")]
    [InlineData("https://openalex.org/{w}")]
    [InlineData("doi:{doi}")]
    [InlineData("https://doi.org/{doi}")]
    [InlineData("{doi-url-encoded}")]
    [InlineData("doi:10.48550/arXiv.{arxiv}")]
    public async Task OpenAlexWork_AcceptsEveryIdForm(string template)
    {
        var paper = Graph.Papers[7];
        var id = template
            .Replace("{w-lower}", paper.OpenAlexId.ToLowerInvariant(), StringComparison.Ordinal)
            .Replace("{w}", paper.OpenAlexId, StringComparison.Ordinal)
            .Replace("{doi-url-encoded}", Uri.EscapeDataString("https://doi.org/" + paper.Doi), StringComparison.Ordinal)
            .Replace("{doi}", paper.Doi, StringComparison.Ordinal)
            .Replace("{arxiv}", paper.ArxivId, StringComparison.Ordinal);

        using var json = await GetJsonAsync($"{Server.OpenAlexBaseUrl}/works/{id}");

        Assert.Equal("https://openalex.org/" + paper.OpenAlexId, json.RootElement.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("W1")]
    [InlineData("W3999999999")]
    [InlineData("doi:10.5555/does-not-exist")]
    [InlineData("not-an-id")]
    public async Task OpenAlexWork_Unknown_Returns404Json(string id)
    {
        using var response = await Http.GetAsync($"{Server.OpenAlexBaseUrl}/works/{id}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("error").ValueKind);
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("message").ValueKind);
    }

    [Fact]
    public async Task OpenAlexAbstractInvertedIndex_RebuildsTheAbstract()
    {
        foreach (var paper in Graph.Papers.Take(20))
        {
            using var json = await GetJsonAsync($"{Server.OpenAlexBaseUrl}/works/{paper.OpenAlexId}?select=id,abstract_inverted_index");

            var words = new SortedDictionary<int, string>();
            foreach (var word in json.RootElement.GetProperty("abstract_inverted_index").EnumerateObject())
            {
                foreach (var position in word.Value.EnumerateArray())
                {
                    words.Add(position.GetInt32(), word.Name);
                }
            }

            Assert.Equal(paper.Abstract, string.Join(' ', words.Values));
            Assert.Equal(["id", "abstract_inverted_index"], json.RootElement.EnumerateObject().Select(p => p.Name));
        }
    }

    [Fact]
    public async Task OpenAlexCitesFilter_CursorPaging_ReturnsEachResolvedCiterOnce()
    {
        var cited = Graph.Papers[Graph.HeavyPaperIndex!.Value];
        var expected = Graph.CitationsOf(cited.Index)
            .Where(c => c.CitingIndex is not null)
            .Select(c => Graph.Papers[c.CitingIndex!.Value].OpenAlexId)
            .Distinct()
            .ToList();
        Assert.True(expected.Count > 400, $"the heavy paper has {expected.Count} resolved citers");

        var seen = new List<string>();
        var cursor = "*";
        var pages = 0;
        while (cursor is not null)
        {
            using var json = await GetJsonAsync(
                $"{Server.OpenAlexBaseUrl}/works?filter=cites:{cited.OpenAlexId}&per-page=200&select=id&cursor={Uri.EscapeDataString(cursor)}");
            var meta = json.RootElement.GetProperty("meta");
            Assert.Equal(expected.Count, meta.GetProperty("count").GetInt32());
            Assert.Equal(200, meta.GetProperty("per_page").GetInt32());
            var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
            Assert.InRange(results.Count, 1, 200);
            seen.AddRange(results.Select(r => r.GetProperty("id").GetString()!["https://openalex.org/".Length..]));
            cursor = meta.GetProperty("next_cursor").GetString();
            pages++;
        }

        Assert.Equal(expected, seen);
        Assert.Equal((expected.Count + 199) / 200, pages);
    }

    [Fact]
    public async Task OpenAlexCitesFilter_UnknownWork_GivesAnEmptyList()
    {
        using var json = await GetJsonAsync($"{Server.OpenAlexBaseUrl}/works?filter=cites:W1&cursor=*");

        Assert.Equal(0, json.RootElement.GetProperty("meta").GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("meta").GetProperty("next_cursor").ValueKind);
        Assert.Empty(json.RootElement.GetProperty("results").EnumerateArray());
    }

    [Fact]
    public async Task OpenAlexFilters_LookUpBatchesOfWorks()
    {
        var papers = new[] { Graph.Papers[3], Graph.Papers[30], Graph.Papers[300] };

        using var byId = await GetJsonAsync(
            $"{Server.OpenAlexBaseUrl}/works?filter=openalex:{string.Join('|', papers.Select(p => p.OpenAlexId))}|W3999999999&per-page=100");
        using var byDoi = await GetJsonAsync(
            $"{Server.OpenAlexBaseUrl}/works?filter=doi:{papers[0].Doi}|https://doi.org/{papers[1].Doi}|{papers[2].Doi}|10.5555/nope&per-page=100");

        foreach (var json in new[] { byId, byDoi })
        {
            Assert.Equal(3, json.RootElement.GetProperty("meta").GetProperty("count").GetInt32());
            Assert.Equal(
                papers.Select(p => (p.OpenAlexId, p.Title)),
                json.RootElement.GetProperty("results").EnumerateArray().Select(r =>
                    (r.GetProperty("id").GetString()!["https://openalex.org/".Length..], r.GetProperty("title").GetString()!)));
        }
    }

    [Theory]
    [InlineData("filter=cites:W3000000000&per-page=0")]
    [InlineData("filter=cites:W3000000000&per-page=201")]
    [InlineData("filter=cites:W3000000000&per-page=ten")]
    [InlineData("filter=cites:W3000000000&cursor=not-a-cursor")]
    [InlineData("filter=cites:not-an-id")]
    [InlineData("filter=authorships.author.id:A1")]
    [InlineData("filter=cites:W3000000000,publication_year:2020")]
    [InlineData("filter=openalex:W3000000000&select=nonsense")]
    public async Task OpenAlexList_BadParameters_Return400Json(string query)
    {
        using var response = await Http.GetAsync($"{Server.OpenAlexBaseUrl}/works?{query}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("message").ValueKind);
    }

    [Fact]
    public async Task OpenAlexList_PerPageBounds()
    {
        using var json = await GetJsonAsync($"{Server.OpenAlexBaseUrl}/works?filter=cites:W3000000000&per-page=200&select=id");
        using var byDefault = await GetJsonAsync($"{Server.OpenAlexBaseUrl}/works?filter=cites:W3000000000&select=id");
        using var tooMany = await Http.GetAsync(
            $"{Server.OpenAlexBaseUrl}/works?filter=openalex:{string.Join('|', Graph.Papers.Take(101).Select(p => p.OpenAlexId))}");

        Assert.Equal(200, json.RootElement.GetProperty("results").GetArrayLength());
        Assert.Equal(25, byDefault.RootElement.GetProperty("results").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
    }

    [Fact]
    public async Task ArxivAbs_CarriesCitationMetaTags()
    {
        var paper = Graph.Papers.First(p => p.Authors.Count >= 2);

        using var response = await Http.GetAsync($"{Server.ArxivBaseUrl}/abs/{paper.ArxivId}v1");
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(paper.Title, Meta(document, "citation_title"));
        Assert.Equal(
            paper.Authors.Select(a => string.Join(", ", a.Name.Split(' ').Reverse())),
            document.QuerySelectorAll("meta[name=citation_author]").Select(m => m.GetAttribute("content")));
        Assert.Equal(paper.PublicationDate.Replace('-', '/'), Meta(document, "citation_date"));
        Assert.Equal(paper.PublicationDate.Replace('-', '/'), Meta(document, "citation_online_date"));
        Assert.Equal($"{Server.ArxivBaseUrl}/pdf/{paper.ArxivId}", Meta(document, "citation_pdf_url"));
        Assert.Equal(paper.ArxivId, Meta(document, "citation_arxiv_id"));
        Assert.Equal(paper.Abstract, Meta(document, "citation_abstract"));
        Assert.Equal(paper.Doi, Meta(document, "citation_doi"));
        Assert.Equal("Title:" + paper.Title, document.QuerySelector("h1.title")!.TextContent);
        Assert.Equal("Abstract:" + paper.Abstract, document.QuerySelector("blockquote.abstract")!.TextContent);
    }

    [Theory]
    [InlineData("9999.99999")]
    [InlineData("{arxiv}v2")]
    [InlineData("not-an-id")]
    public async Task ArxivAbs_Unknown_Returns404Html(string template)
    {
        var id = template.Replace("{arxiv}", Graph.Papers[5].ArxivId, StringComparison.Ordinal);

        using var response = await Http.GetAsync($"{Server.ArxivBaseUrl}/abs/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HubPage_ListsCitingPapersWithRolesAndPolarity()
    {
        var paper = Graph.Papers.Skip(1).First(p => Graph.CitationsOf(p.Index).Count is > 5 and < 25
            && Graph.CitationsOf(p.Index).Any(c => c.CitingIndex is null));
        var records = Graph.CitationsOf(paper.Index);

        using var response = await Http.GetAsync($"{Server.HubBaseUrl}/papers/{paper.PaperId}");
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(paper.PaperId, document.QuerySelector("[data-paper-id]")!.GetAttribute("data-paper-id"));
        Assert.Equal("semanticscholar", document.QuerySelector("[data-sources]")!.TextContent);
        var items = document.QuerySelectorAll("#explorer li[data-citing]");
        Assert.Equal(records.Count, items.Length);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var item = items[i];
            Assert.Equal(record.CitingIndex is { } citing ? Graph.Papers[citing].PaperId : null, item.GetAttribute("data-paper-id"));
            var role = IntentRoles.RoleOf(record.Intents);
            if (role != CitationRole.Unclassified)
            {
                Assert.Equal(role.ToString().ToLowerInvariant(), item.GetAttribute("data-role"));
            }

            Assert.Contains(item.GetAttribute("data-polarity"), Polarities);
            Assert.Equal(record.IsInfluential ? "true" : "false", item.GetAttribute("data-influential"), ignoreCase: true);
        }

        Assert.Null(document.QuerySelector("#explorer a[rel=next]"));
    }

    [Fact]
    public async Task HubPage_OffsetLimitPaging_CoversEveryCitingPaper()
    {
        var paper = Graph.Papers[Graph.HeavyPaperIndex!.Value];
        var expected = Graph.CitationsOf(paper.Index)
            .Select(c => c.CitingIndex is { } citing ? Graph.Papers[citing].PaperId : null)
            .ToList();

        var seen = new List<string?>();
        string? next = $"/papers/arXiv:{paper.ArxivId}?limit=1000";
        while (next is not null)
        {
            var document = await GetHtmlAsync(new Uri(Server.Root, next).ToString());
            var explorer = document.QuerySelector("#explorer")!;
            Assert.Equal(expected.Count.ToString(CultureInfo.InvariantCulture), explorer.GetAttribute("data-total"));
            seen.AddRange(explorer.QuerySelectorAll("li[data-citing]").Select(li => li.GetAttribute("data-paper-id")));
            next = explorer.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }

        Assert.Equal(expected, seen);

        var last = await GetHtmlAsync($"{Server.HubBaseUrl}/papers/{paper.PaperId}?offset={expected.Count - 3}&limit=25");
        Assert.Equal(3, last.QuerySelectorAll("#explorer li[data-citing]").Length);
    }

    [Theory]
    [InlineData("{id}?limit=0")]
    [InlineData("{id}?limit=1001")]
    [InlineData("{id}?offset=-1")]
    [InlineData("{id}?offset=abc")]
    public async Task HubPage_BadPaging_Returns400Html(string template)
    {
        using var response = await Http.GetAsync($"{Server.HubBaseUrl}/papers/{template.Replace("{id}", Graph.Papers[2].PaperId, StringComparison.Ordinal)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HubPage_Unknown_Returns404Html()
    {
        using var response = await Http.GetAsync($"{Server.HubBaseUrl}/papers/DOI:10.5555/does-not-exist");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("openalex-work", "application/json")]
    [InlineData("openalex-list", "application/json")]
    [InlineData("arxiv-abs", "text/html")]
    [InlineData("hub-page", "text/html")]
    public async Task TooManyRequests_OnEveryForm_CarriesRetryAfter(string kind, string mediaType)
    {
        Server.Faults.TooManyRequestsRate = 1;
        Server.Faults.RetryAfterSeconds = 7;

        using var response = await Http.GetAsync(UrlOf(kind, Graph.Papers[4]));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var logged = Assert.Single(Server.RequestLog.Snapshot());
        Assert.Equal(kind, logged.Kind);
        Assert.Equal(Graph.Papers[4].PaperId, logged.PaperId);
        Assert.Equal(429, logged.Status);
    }

    [Fact]
    public async Task RequiredApiKey_IsTheApiKeyParameterOnOpenAlex_AndPagesArePublic()
    {
        var paper = Graph.Papers[6];
        Server.Faults.RequiredApiKey = "sekret";

        using var without = await Http.GetAsync(UrlOf("openalex-work", paper));
        using var wrong = await Http.GetAsync(UrlOf("openalex-list", paper) + "&api_key=nope");
        using var with = await Http.GetAsync(UrlOf("openalex-work", paper) + "?api_key=sekret");
        using var listWith = await Http.GetAsync(UrlOf("openalex-list", paper) + "&api_key=sekret");
        using var abs = await Http.GetAsync(UrlOf("arxiv-abs", paper));
        using var hub = await Http.GetAsync(UrlOf("hub-page", paper));

        Assert.Equal(HttpStatusCode.Forbidden, without.StatusCode);
        using (var json = JsonDocument.Parse(await without.Content.ReadAsStringAsync()))
        {
            Assert.Equal("Forbidden", json.RootElement.GetProperty("error").GetString());
        }

        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        Assert.Equal(HttpStatusCode.OK, listWith.StatusCode);
        Assert.Equal(HttpStatusCode.OK, abs.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hub.StatusCode);
    }

    [Theory]
    [InlineData("openalex-work")]
    [InlineData("openalex-list")]
    [InlineData("arxiv-abs")]
    [InlineData("hub-page")]
    public async Task Validators_AnswerNotModified_UntilThePaperIsRevised(string kind)
    {
        var paper = Graph.Papers[8];
        var url = UrlOf(kind, paper);
        using var first = await Http.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.NotNull(first.Content.Headers.LastModified);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await Http.SendAsync(again);

        Server.Revisions.Revise(paper.Index);
        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(etag);
        using var revised = await Http.SendAsync(stale);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.NotEqual(etag, revised.Headers.ETag);
        Assert.True(Server.RequestLog.Snapshot()[1].Conditional);
        if (kind != "openalex-list")
        {
            Assert.Contains(WebUtility.HtmlEncode($"{paper.Title} (revision 1)"), await revised.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Revision_ShowsInEveryForm()
    {
        var paper = Graph.Papers[9];
        Server.Revisions.Revise(paper.Index);
        var revisedTitle = paper.Title + " (revision 1)";

        using var work = await GetJsonAsync(UrlOf("openalex-work", paper));
        using var list = await GetJsonAsync($"{Server.OpenAlexBaseUrl}/works?filter=openalex:{paper.OpenAlexId}");
        var abs = await GetHtmlAsync(UrlOf("arxiv-abs", paper));
        var v2 = await GetHtmlAsync($"{Server.ArxivBaseUrl}/abs/{paper.ArxivId}v2");
        var hub = await GetHtmlAsync(UrlOf("hub-page", paper));

        Assert.Equal(revisedTitle, work.RootElement.GetProperty("title").GetString());
        Assert.Equal(revisedTitle, list.RootElement.GetProperty("results")[0].GetProperty("title").GetString());
        Assert.Equal(revisedTitle, Meta(abs, "citation_title"));
        Assert.NotEqual(Meta(abs, "citation_date"), Meta(abs, "citation_online_date"));
        Assert.Equal(revisedTitle, Meta(v2, "citation_title"));
        Assert.Equal(revisedTitle, hub.QuerySelector("article.hub h1")!.TextContent);
    }

    [Theory]
    [InlineData("openalex-work")]
    [InlineData("openalex-list")]
    [InlineData("arxiv-abs")]
    [InlineData("hub-page")]
    public async Task Malformed_CutsTheBodyHalfWay(string kind)
    {
        var url = UrlOf(kind, Graph.Papers[10]);
        var whole = await Http.GetStringAsync(url);
        Server.Faults.MalformedRate = 1;

        using var response = await Http.GetAsync(url);
        var cut = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(cut.Length < whole.Length, $"{cut.Length} of {whole.Length}");
        Assert.StartsWith(cut, whole, StringComparison.Ordinal);
        if (kind.StartsWith("openalex", StringComparison.Ordinal))
        {
            Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(cut));
        }
        else
        {
            Assert.DoesNotContain("</html>", cut, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ServerErrorsAndFailingPapers_ApplyToEveryForm()
    {
        var failing = Graph.Papers[11];
        Server.Faults.FailingPaperIds.Add(failing.PaperId);

        foreach (var kind in new[] { "openalex-work", "openalex-list", "arxiv-abs", "hub-page" })
        {
            using var failed = await Http.GetAsync(UrlOf(kind, failing));
            using var fine = await Http.GetAsync(UrlOf(kind, Graph.Papers[12]));

            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
            Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        }
    }

    [Fact]
    public async Task RequestLog_TagsEachFormWithItsKindAndPaper()
    {
        var paper = Graph.Papers[13];

        foreach (var kind in new[] { "openalex-work", "openalex-list", "arxiv-abs", "hub-page" })
        {
            using var response = await Http.GetAsync(UrlOf(kind, paper));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(
            new[] { SimRequestKinds.OpenAlexWork, SimRequestKinds.OpenAlexList, SimRequestKinds.ArxivAbs, SimRequestKinds.HubPage },
            Server.RequestLog.Snapshot().Select(r => r.Kind));
        Assert.All(Server.RequestLog.Snapshot(), r => Assert.Equal(paper.PaperId, r.PaperId));
    }

    private string UrlOf(string kind, SimPaper paper) => kind switch
    {
        "openalex-work" => $"{Server.OpenAlexBaseUrl}/works/{paper.OpenAlexId}",
        "openalex-list" => $"{Server.OpenAlexBaseUrl}/works?filter=cites:{paper.OpenAlexId}&cursor=*",
        "arxiv-abs" => $"{Server.ArxivBaseUrl}/abs/{paper.ArxivId}",
        "hub-page" => $"{Server.HubBaseUrl}/papers/{paper.PaperId}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<IDocument> GetHtmlAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static string? Meta(IDocument document, string name) =>
        document.QuerySelector($"meta[name={name}]")?.GetAttribute("content");
}
