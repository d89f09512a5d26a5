namespace HubCrawler.Tests.Simulator;

/// <summary>Semantic Scholar's GET /paper/{id}/references in the simulator: the same graph read from the citing end,
/// unresolved references with a null paperId, referenceCount that counts them, and the oracle along references.</summary>
public sealed class SimulatorReferencesTests() : SimulatorOverHttp(SharedGraph)
{
    private static readonly SyntheticGraphOptions Options = new() { Papers = 400, Seed = 13, HeavyPaperCitations = 500, UnresolvedReferenceRate = 0.2 };

    private static readonly Lazy<SyntheticGraph> SharedGraph = new(() => SyntheticGraph.Build(Options));

    [Fact]
    public void References_AreTheCitationRecordsReadFromTheCitingEnd()
    {
        for (var a = 0; a < Graph.Papers.Count; a++)
        {
            var resolved = Graph.ReferencesOf(a).Where(r => r.CitedIndex is not null).Select(r => r.CitedIndex!.Value).Order().ToList();
            var expected = Enumerable.Range(0, Graph.Papers.Count)
                .SelectMany(b => Graph.CitationsOf(b).Where(c => c.CitingIndex == a).Select(_ => b))
                .Order().ToList();
            Assert.Equal(expected, resolved);
            Assert.Equal(Graph.Papers[a].ReferenceCount, Graph.ReferencesOf(a).Count);
        }
    }

    [Fact]
    public void UnresolvedReferences_AppearOnlyWithTheKnob_AndChangeNothingElse()
    {
        var plain = SyntheticGraph.Build(Options with { UnresolvedReferenceRate = 0 });

        Assert.Contains(Graph.Papers, p => Graph.ReferencesOf(p.Index).Any(r => r.CitedIndex is null));
        Assert.All(plain.Papers, p => Assert.All(plain.ReferencesOf(p.Index), r => Assert.NotNull(r.CitedIndex)));
        for (var i = 0; i < plain.Papers.Count; i++)
        {
            Assert.Equal(plain.Papers[i].PaperId, Graph.Papers[i].PaperId);
            Assert.Equal(plain.Papers[i].Title, Graph.Papers[i].Title);
            Assert.Equal(plain.Papers[i].CitationCount, Graph.Papers[i].CitationCount);
            Assert.Equal(plain.ReferencesOf(i).Count(r => r.CitedIndex is not null), plain.Papers[i].ReferenceCount);
            Assert.Equal(plain.CitationsOf(i).Select(c => c.CitingIndex), Graph.CitationsOf(i).Select(c => c.CitingIndex));
        }
    }

    [Fact]
    public async Task GetReferences_ServesTheRealShape_WithEdgeFieldsAndCitedPaper()
    {
        var citing = Graph.Papers.First(p => Graph.ReferencesOf(p.Index).Count >= 5 && Graph.ReferencesOf(p.Index).Any(r => r.CitedIndex is null));
        var references = Graph.ReferencesOf(citing.Index);

        using var response = await Http.GetAsync(
            $"{BaseUrl}/paper/{citing.PaperId}/references?fields=contexts,intents,contextsWithIntent,isInfluential,title,externalIds,citationCount&limit=1000");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = json.RootElement;
        Assert.Equal(0, root.GetProperty("offset").GetInt32());
        Assert.False(root.TryGetProperty("next", out _));
        var data = root.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(references.Count, data.Count);
        for (var i = 0; i < data.Count; i++)
        {
            var item = data[i];
            Assert.Equal(["contexts", "intents", "contextsWithIntent", "isInfluential", "citedPaper"], item.EnumerateObject().Select(p => p.Name));
            Assert.Equal(references[i].Intents, item.GetProperty("intents").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(references[i].Contexts, item.GetProperty("contexts").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(references[i].Contexts, item.GetProperty("contextsWithIntent").EnumerateArray().Select(e => e.GetProperty("context").GetString()));
            Assert.Equal(references[i].IsInfluential, item.GetProperty("isInfluential").GetBoolean());
            var cited = item.GetProperty("citedPaper");
            Assert.Equal(references[i].CitedTitle, cited.GetProperty("title").GetString());
            if (references[i].CitedIndex is { } index)
            {
                Assert.Equal(Graph.Papers[index].PaperId, cited.GetProperty("paperId").GetString());
                Assert.Equal(Graph.Papers[index].Doi, cited.GetProperty("externalIds").GetProperty("DOI").GetString());
                Assert.Equal(Graph.Papers[index].CitationCount, cited.GetProperty("citationCount").GetInt32());
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, cited.GetProperty("paperId").ValueKind);
                Assert.Equal(JsonValueKind.Null, cited.GetProperty("externalIds").ValueKind);
            }
        }
    }

    [Fact]
    public async Task GetReferences_PagesWithOffsetAndNext_LikeCitations()
    {
        var citing = Graph.Papers.First(p => p.ReferenceCount >= 7);
        var seen = new List<string?>();
        int? offset = 0;
        while (offset is { } at)
        {
            using var response = await Http.GetAsync($"{BaseUrl}/paper/arXiv:{citing.ArxivId}/references?limit=3&offset={at}");
            using var json = await ReadJsonAsync(response);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            seen.AddRange(json.RootElement.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("citedPaper").GetProperty("title").GetString()));
            offset = json.RootElement.TryGetProperty("next", out var next) ? next.GetInt32() : null;
        }

        Assert.Equal(Graph.ReferencesOf(citing.Index).Select(r => r.CitedTitle), seen);
        Assert.Equal(citing.ReferenceCount, seen.Count);
        Assert.Contains(Server.RequestLog.Snapshot(), r => r.Kind == SimRequestKinds.References && r.PaperId == citing.PaperId);
    }

    [Theory]
    [InlineData("limit=1001", "The limit parameter must be between 1 and 1000")]
    [InlineData("offset=-1", "The offset parameter must be a non-negative integer")]
    [InlineData("fields=tldr", "Unrecognized or unsupported fields: [tldr]")]
    public async Task GetReferences_RefusesWhatCitationsRefuses(string query, string message)
    {
        using var response = await Http.GetAsync($"{BaseUrl}/paper/{Graph.Papers[5].PaperId}/references?{query}");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task GetReferences_OfAnUnknownPaper_Is404()
    {
        using var response = await Http.GetAsync($"{BaseUrl}/paper/DOI:10.9999/none/references");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Paper with id DOI:10.9999/none not found", json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task GetPaper_ReferenceCount_CountsUnresolvedReferences()
    {
        var paper = Graph.Papers.First(p => Graph.ReferencesOf(p.Index).Any(r => r.CitedIndex is null));

        using var response = await Http.GetAsync($"{BaseUrl}/paper/{paper.PaperId}?fields=referenceCount");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(Graph.ReferencesOf(paper.Index).Count, json.RootElement.GetProperty("referenceCount").GetInt32());
        Assert.True(json.RootElement.GetProperty("referenceCount").GetInt32() > Graph.CitedPapersOf(paper.Index).Count);
    }

    [Fact]
    public void Reachable_AlongReferences_FollowsCitedPapers_AndBothIsTheClosureOfEither()
    {
        var seed = Graph.Papers.First(p => Graph.CitedPapersOf(p.Index).Count > 2 && Graph.CitationsOf(p.Index).Any(c => c.CitingIndex is not null)).Index;

        var one = Graph.Reachable([seed], 1, EdgeDirections.References);
        Assert.Equal(new HashSet<int>(Graph.CitedPapersOf(seed)) { seed }, one);
        Assert.Equal(Graph.Reachable([seed], 2), Graph.Reachable([seed], 2, EdgeDirections.Citations));

        var both = Graph.Reachable([seed], 3, EdgeDirections.Both);
        Assert.Equal(BreadthFirst(seed, 3), both);
        Assert.Superset(new HashSet<int>(Graph.Reachable([seed], 3, EdgeDirections.References)), new HashSet<int>(both));
        Assert.Superset(new HashSet<int>(Graph.Reachable([seed], 3, EdgeDirections.Citations)), new HashSet<int>(both));
        Assert.True(both.Count > Graph.Reachable([seed], 3).Count);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("&direction=citations", 0)]
    [InlineData("&direction=references", 1)]
    [InlineData("&direction=both", 2)]
    public async Task Oracle_Reachable_TakesADirection(string direction, int kind)
    {
        var directions = new[] { EdgeDirections.Citations, EdgeDirections.References, EdgeDirections.Both }[kind];
        using var response = await Http.GetAsync(new Uri(Server.Root, $"sim/reachable?seeds=3,7&depth=2{direction}"));
        using var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Graph.Reachable([3, 7], 2, directions).Count, json.RootElement.GetProperty("papers").GetInt32());
    }

    [Fact]
    public async Task Oracle_Reachable_RefusesAnUnknownDirection()
    {
        using var response = await Http.GetAsync(new Uri(Server.Root, "sim/reachable?seeds=3&depth=2&direction=sideways"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>An independent breadth-first search over both edge kinds, from the citation records alone.</summary>
    private HashSet<int> BreadthFirst(int seed, int depth)
    {
        var neighbours = Enumerable.Range(0, Graph.Papers.Count).Select(_ => new List<int>()).ToArray();
        for (var cited = 0; cited < Graph.Papers.Count; cited++)
        {
            foreach (var record in Graph.CitationsOf(cited))
            {
                if (record.CitingIndex is { } citing)
                {
                    neighbours[cited].Add(citing);
                    neighbours[citing].Add(cited);
                }
            }
        }

        var visited = new HashSet<int> { seed };
        var frontier = new List<int> { seed };
        for (var level = 0; level < depth; level++)
        {
            frontier = frontier.SelectMany(p => neighbours[p]).Where(visited.Add).ToList();
        }

        return visited;
    }
}
