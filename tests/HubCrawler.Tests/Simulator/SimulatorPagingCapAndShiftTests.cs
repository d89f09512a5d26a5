namespace HubCrawler.Tests.Simulator;

/// <summary>Semantic Scholar's paging cap (offset + limit must stay below it) and a citation list that shifts while
/// it is paged (citing papers repeated across pages), both off unless their knob is set.</summary>
public sealed class SimulatorPagingCapAndShiftTests() : SimulatorOverHttp(SharedGraph)
{
    private static readonly Lazy<SyntheticGraph> SharedGraph = new(() =>
        SyntheticGraph.Build(new SyntheticGraphOptions { Papers = 300, Seed = 17, HeavyPaperCitations = 2200 }));

    [Theory]
    [InlineData("citations")]
    [InlineData("references")]
    public async Task PagingCap_RefusesOffsetPlusLimitAtTheCap_WithTheRealMessage(string list)
    {
        Server.Faults.CitationPagingCap = 1000;
        var heavy = Graph.Papers[0];
        var citing = Graph.Papers.First(p => p.ReferenceCount > 0);
        var id = list == "citations" ? heavy.PaperId : citing.PaperId;

        using var below = await Http.GetAsync($"{BaseUrl}/paper/{id}/{list}?offset=900&limit=99");
        using var at = await Http.GetAsync($"{BaseUrl}/paper/{id}/{list}?offset=900&limit=100");
        using var json = await ReadJsonAsync(at);

        Assert.Equal(HttpStatusCode.OK, below.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, at.StatusCode);
        Assert.Equal("The sum of offset and limit must be < 1000", json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task PagingCap_IsOffByDefault_SoAHeavyListPagesToItsEnd()
    {
        Assert.Null(Server.Faults.CitationPagingCap);
        var records = Graph.CitationsOf(0).Count;

        using var response = await Http.GetAsync($"{BaseUrl}/paper/{Graph.Papers[0].PaperId}/citations?offset={records - 10}&limit=1000");
        using var json = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(10, json.RootElement.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task ShiftingList_RepeatsSomeCitingPapersAcrossPages_DeterministicallyBySeed()
    {
        Server.Faults.CitationRepeatRate = 0.013;
        var heavy = Graph.Papers[0];

        var first = await ReadAllCitingIdsAsync(heavy.PaperId, 100);
        var second = await ReadAllCitingIdsAsync(heavy.PaperId, 100);

        var records = Graph.CitationsOf(0);
        var resolved = first.OfType<string>().ToList();
        var repeats = resolved.Count - resolved.Distinct().Count();
        Assert.Equal(first, second);
        Assert.InRange(repeats, 10, 60); // about 1.3% of ~2,200 records, as recorded (28 in 2,167)
        Assert.Equal(records.Count + repeats, first.Count);
        Assert.Equal(records.Where(r => r.CitingIndex is not null).Select(r => Graph.Papers[r.CitingIndex!.Value].PaperId).ToHashSet(), resolved.ToHashSet());
        Assert.True(CrossesPages(first, 100), "some repeat should fall on a later page than the first time the paper was listed");

        using var paper = await ReadJsonAsync(await Http.GetAsync($"{BaseUrl}/paper/{heavy.PaperId}?fields=citationCount"));
        Assert.Equal(records.Count, paper.RootElement.GetProperty("citationCount").GetInt32());
    }

    [Fact]
    public async Task ShiftingList_IsOffByDefault()
    {
        var ids = await ReadAllCitingIdsAsync(Graph.Papers[0].PaperId, 1000);

        Assert.Equal(Graph.CitationsOf(0).Select(r => r.CitingIndex is { } i ? Graph.Papers[i].PaperId : null), ids);
    }

    private static bool CrossesPages(List<string?> ids, int pageSize)
    {
        var firstSeen = new Dictionary<string, int>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] is not { } id)
            {
                continue;
            }

            if (firstSeen.TryGetValue(id, out var at) && at / pageSize != i / pageSize)
            {
                return true;
            }

            firstSeen.TryAdd(id, i);
        }

        return false;
    }

    private async Task<List<string?>> ReadAllCitingIdsAsync(string paperId, int limit)
    {
        var ids = new List<string?>();
        int? offset = 0;
        while (offset is { } at)
        {
            using var json = await ReadJsonAsync(await Http.GetAsync($"{BaseUrl}/paper/{paperId}/citations?limit={limit}&offset={at}"));
            ids.AddRange(json.RootElement.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("citingPaper").GetProperty("paperId").GetString()));
            offset = json.RootElement.TryGetProperty("next", out var next) ? next.GetInt32() : null;
        }

        return ids;
    }
}
