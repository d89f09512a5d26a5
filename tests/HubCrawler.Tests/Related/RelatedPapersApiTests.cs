using HubCrawler.Tests.Api;

namespace HubCrawler.Tests.Related;

/// <summary><c>GET /api/papers/{id}/related</c> and <c>GET /api/crawls/{id}/ranking</c> against the simulator's graph, computed
/// independently (<see cref="GraphOracle"/>), and the proof that neither spends a source request.</summary>
[Collection(RelatedCollection.Name)]
public sealed class RelatedPapersApiTests(RelatedHost host)
{
    private SyntheticGraph Graph => host.Graph;

    [Fact]
    public async Task The_seed_of_a_crawl_along_both_directions_has_complete_co_citation_and_coupling_that_match_the_graph()
    {
        var seed = host.BothSeed;
        var related = await Related(seed.PaperId);

        Assert.Equal(seed.PaperId, related.GetProperty("paperId").GetString());
        Assert.Equal(seed.Title, related.GetProperty("title").GetString());
        var coCitation = related.GetProperty("coCitation");
        AssertMatches(coCitation, GraphOracle.CoCitation(Graph, seed.Index, host.ReferencesHeld), GraphOracle.CitersOf(Graph, seed.Index), host.ReferencesHeld, ReferencesMayBeUnread);
        Assert.True(coCitation.GetProperty("items").GetArrayLength() > 0, "the seed's citing papers cite nothing else");
        Assert.All(coCitation.GetProperty("items").EnumerateArray(), i =>
            Assert.Matches(@"^cited together (once|twice|\d+ times)$", i.GetProperty("evidence").GetString()));
        var top = coCitation.GetProperty("items")[0];
        if (top.GetProperty("count").GetInt32() > 2)
            Assert.Equal($"cited together {top.GetProperty("count").GetInt32()} times", top.GetProperty("evidence").GetString());

        var coupling = related.GetProperty("coupling");
        AssertMatches(coupling, GraphOracle.Coupling(Graph, seed.Index, host.CitationsHeld), GraphOracle.CitedBy(Graph, seed.Index), host.CitationsHeld, _ => false);
        Assert.Equal("complete", coupling.GetProperty("status").GetString());
        Assert.All(coupling.GetProperty("items").EnumerateArray(), i =>
        {
            var count = i.GetProperty("count").GetInt32();
            Assert.Equal($"shares {count} reference{(count == 1 ? "" : "s")}", i.GetProperty("evidence").GetString());
        });
    }

    [Fact]
    public async Task A_paper_whose_citers_were_not_all_read_says_which_lists_are_missing_and_counts_the_rest()
    {
        var paper = GraphOracle.CitersOf(Graph, host.BothSeed.Index)
            .Where(i => GraphOracle.CitersOf(Graph, i).Any(c => !host.ReferencesHeld(c)))
            .Order().Select(i => Graph.Papers[i]).First();
        var related = await Related(paper.PaperId);

        var coCitation = related.GetProperty("coCitation");
        Assert.Equal("partial", coCitation.GetProperty("status").GetString());
        AssertMatches(coCitation, GraphOracle.CoCitation(Graph, paper.Index, host.ReferencesHeld), GraphOracle.CitersOf(Graph, paper.Index), host.ReferencesHeld, ReferencesMayBeUnread);
        Assert.Contains("were not read", coCitation.GetProperty("note").GetString());
        AssertMatches(related.GetProperty("coupling"), GraphOracle.Coupling(Graph, paper.Index, host.CitationsHeld), GraphOracle.CitedBy(Graph, paper.Index), host.CitationsHeld, _ => false);
    }

    [Fact]
    public async Task A_paper_whose_references_were_never_read_has_coupling_unknown_not_empty()
    {
        var paper = host.CitationsPapers.Where(i => !host.BothPapers.Contains(i)).Order().Select(i => Graph.Papers[i]).First();
        var related = await Related(paper.PaperId);

        var coupling = related.GetProperty("coupling");
        Assert.Equal("unknown", coupling.GetProperty("status").GetString());
        Assert.Equal(0, coupling.GetProperty("items").GetArrayLength());
        Assert.Contains("references have not been read", coupling.GetProperty("note").GetString());
        AssertMatches(related.GetProperty("coCitation"), GraphOracle.CoCitation(Graph, paper.Index, host.ReferencesHeld), GraphOracle.CitersOf(Graph, paper.Index), host.ReferencesHeld, ReferencesMayBeUnread);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_ranking_is_PageRank_over_the_crawls_graph_with_in_crawl_citation_counts(bool both)
    {
        var (jobId, papers) = both ? (host.BothJob, host.BothPapers) : (host.CitationsJob, host.CitationsPapers);
        var edges = GraphOracle.Edges(Graph, papers);
        var expected = GraphOracle.PageRank(papers, edges);
        var byId = papers.ToDictionary(i => Graph.Papers[i].PaperId);

        var items = new List<JsonElement>();
        string? next = $"/api/crawls/{jobId}/ranking?limit=40";
        while (next is not null)
        {
            var page = await host.Http.GetFromJsonAsync<JsonElement>(next);
            Assert.Equal(papers.Count, page.GetProperty("papers").GetInt32());
            Assert.Equal(edges.Count, page.GetProperty("edges").GetInt32());
            items.AddRange(page.GetProperty("items").EnumerateArray());
            next = page.GetProperty("next").GetString();
        }

        Assert.Equal(papers.Count, items.Count);
        Assert.Equal(Enumerable.Range(1, papers.Count), items.Select(i => i.GetProperty("rank").GetInt32()));
        Assert.Equal(byId.Keys.Order(), items.Select(i => i.GetProperty("paperId").GetString()!).Order());
        foreach (var item in items)
        {
            var index = byId[item.GetProperty("paperId").GetString()!];
            Assert.Equal(expected[index], item.GetProperty("score").GetDouble(), 6);
            Assert.Equal(edges.Count(e => e.Cited == index), item.GetProperty("citedBy").GetInt32());
            Assert.Equal(edges.Count(e => e.Citing == index), item.GetProperty("cites").GetInt32());
            Assert.Equal(Graph.Papers[index].Year, item.GetProperty("year").GetInt32());
        }
        var scores = items.Select(i => i.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.Equal(1.0, scores.Sum(), 5);
        // The oracle's most important paper heads the ranking (unless it ties with the next).
        var best = expected.OrderByDescending(e => e.Value).ToList();
        if (best.Count > 1 && best[0].Value - best[1].Value > 1e-6)
            Assert.Equal(Graph.Papers[best[0].Key].PaperId, items[0].GetProperty("paperId").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_ranking_names_the_crawls_most_co_cited_and_most_coupled_pairs(bool both)
    {
        var (jobId, papers) = both ? (host.BothJob, host.BothPapers) : (host.CitationsJob, host.CitationsPapers);
        var edges = GraphOracle.Edges(Graph, papers);
        var ranking = await host.Http.GetFromJsonAsync<JsonElement>($"/api/crawls/{jobId}/ranking?limit=1");

        foreach (var (property, coCitation) in new[] { ("coCitedPairs", true), ("coupledPairs", false) })
        {
            var expected = GraphOracle.Pairs(Graph, edges, coCitation).Take(20).ToList();
            var pairs = ranking.GetProperty(property).EnumerateArray().ToList();
            Assert.Equal(expected, pairs.Select(p => (p.GetProperty("first").GetString()!, p.GetProperty("second").GetString()!, p.GetProperty("count").GetInt32())));
            Assert.All(pairs, p => Assert.Matches(coCitation ? "^cited together " : "^shares \\d+ references?$", p.GetProperty("evidence").GetString()));
        }
        Assert.NotEmpty(ranking.GetProperty("coCitedPairs").EnumerateArray());
    }

    [Fact]
    public async Task Related_papers_rankings_and_the_pages_showing_them_spend_no_source_request()
    {
        var before = host.Simulator.RequestLog.Count;

        foreach (var index in host.BothPapers.Concat(host.CitationsPapers).Order().Take(12))
            (await host.Http.GetAsync($"/api/papers/{Graph.Papers[index].PaperId}/related")).EnsureSuccessStatusCode();
        (await host.Http.GetAsync($"/api/crawls/{host.BothJob}/ranking?limit=1000")).EnsureSuccessStatusCode();
        (await host.Http.GetAsync($"/api/crawls/{host.CitationsJob}/ranking")).EnsureSuccessStatusCode();
        (await host.Http.GetAsync($"/crawls/{host.BothJob}")).EnsureSuccessStatusCode();
        (await host.Http.GetAsync($"/crawls/{host.CitationsJob}")).EnsureSuccessStatusCode();
        (await host.Http.GetAsync($"/papers/{host.BothSeed.PaperId}")).EnsureSuccessStatusCode();
        // A paper no crawl reached: no hub, so a 404, and it is not fetched to answer.
        var outside = Graph.Papers.First(p => !host.CitationsHeld(p.Index));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync($"/api/papers/{outside.PaperId}/related")).StatusCode);

        Assert.Equal(before, host.Simulator.RequestLog.Count);
    }

    [Theory]
    [InlineData("/api/papers/0000000000000000000000000000000000000000/related", HttpStatusCode.NotFound, "holds no hub")]
    [InlineData("/api/papers/not-a-paper/related", HttpStatusCode.BadRequest, "")]
    [InlineData("/api/papers/0000000000000000000000000000000000000000/related?limit=0", HttpStatusCode.BadRequest, "limit must be between 1 and 100")]
    [InlineData("/api/papers/0000000000000000000000000000000000000000/related?limit=ten", HttpStatusCode.BadRequest, "whole number")]
    [InlineData("/api/crawls/0123456789abcdef/ranking", HttpStatusCode.NotFound, "No crawl job")]
    [InlineData("/api/crawls/not-a-job/ranking", HttpStatusCode.BadRequest, "not a job id")]
    [InlineData("/api/crawls/0123456789abcdef/ranking?limit=1001", HttpStatusCode.BadRequest, "limit must be between 1 and 1000")]
    [InlineData("/api/crawls/0123456789abcdef/ranking?offset=-1", HttpStatusCode.BadRequest, "offset must not be negative")]
    public async Task A_bad_or_unknown_request_is_a_problem(string path, HttpStatusCode status, string detail) =>
        await Problems.AssertProblem(await host.Http.GetAsync(path), status, detail);

    [Fact]
    public async Task Both_endpoints_are_in_the_OpenAPI_document_with_their_parameters_and_problems()
    {
        var paths = (await host.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");
        foreach (var (path, query) in new[] { ("/api/papers/{id}/related", "limit"), ("/api/crawls/{jobId}/ranking", "offset,limit") })
        {
            var operation = paths.GetProperty(path).GetProperty("get");
            var parameters = operation.GetProperty("parameters").EnumerateArray().ToList();
            foreach (var name in query.Split(','))
                Assert.Contains(parameters, p => p.GetProperty("name").GetString() == name && p.GetProperty("in").GetString() == "query");
            var responses = operation.GetProperty("responses");
            Assert.True(responses.GetProperty("200").TryGetProperty("content", out _), path);
            foreach (var code in new[] { "400", "404" })
                Assert.True(responses.GetProperty(code).GetProperty("content").TryGetProperty("application/problem+json", out _), $"{path} {code}");
        }
    }

    private async Task<JsonElement> Related(string paperId)
    {
        var response = await host.Http.GetAsync($"/api/papers/{paperId}/related?limit=100");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A paper with no references at all may have had no reference request, so its (empty) list can count as not read.</summary>
    private bool ReferencesMayBeUnread(int index) => Graph.ReferencesOf(index).Count == 0;

    /// <summary>The list holds the oracle's counts (all of them when under the limit, else the top ones in order), and names as
    /// not read exactly the neighbours whose lists are not held (give or take those that <paramref name="mayBeUnread"/>).</summary>
    private void AssertMatches(JsonElement list, Dictionary<int, int> expected, IReadOnlySet<int> neighbours, Func<int, bool> held, Func<int, bool> mayBeUnread)
    {
        var items = list.GetProperty("items").EnumerateArray().Select(i => (Id: i.GetProperty("paperId").GetString()!, Count: i.GetProperty("count").GetInt32())).ToList();
        var oracle = expected.Select(e => (Id: Graph.Papers[e.Key].PaperId, Count: e.Value))
            .OrderByDescending(e => e.Count).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(oracle.Count, list.GetProperty("total").GetInt32());
        Assert.Equal(oracle.Take(items.Count), items);
        Assert.Equal(Math.Min(100, oracle.Count), items.Count);
        Assert.Equal(neighbours.Count, list.GetProperty("neighbours").GetInt32());

        var notRead = list.GetProperty("notRead").EnumerateArray().Select(n => n.GetString()!).ToHashSet();
        var unheld = neighbours.Where(n => !held(n)).Select(n => Graph.Papers[n].PaperId).ToHashSet();
        var notReadCount = list.GetProperty("listsNotRead").GetInt32();
        Assert.InRange(notReadCount, unheld.Count, unheld.Count + neighbours.Count(mayBeUnread));
        Assert.Equal(neighbours.Count - notReadCount, list.GetProperty("listsRead").GetInt32());
        Assert.Equal(notReadCount == 0 ? "complete" : "partial", list.GetProperty("status").GetString());
        if (notReadCount <= 20) Assert.Superset(unheld, notRead);
    }
}
