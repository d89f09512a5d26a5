namespace HubCrawler.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class CrawlListTests(ApiHost host)
{
    [Fact]
    public async Task Recent_crawls_are_listed_newest_first_with_their_current_status()
    {
        var first = await Start(host.Simulator.Graph.Papers[5].PaperId);
        var second = await Start(host.Simulator.Graph.Papers[6].PaperId);

        var list = await host.Http.GetFromJsonAsync<JsonElement>("/api/crawls?limit=200");
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("jobId").GetString()).ToList();
        Assert.True(ids.IndexOf(second) < ids.IndexOf(first) && ids.IndexOf(second) >= 0, "newest first");
        var item = list.GetProperty("items").EnumerateArray().First(i => i.GetProperty("jobId").GetString() == first);
        Assert.Equal(0, item.GetProperty("request").GetProperty("depth").GetInt32());
        Assert.True(item.TryGetProperty("done", out _));
        Assert.True(item.TryGetProperty("discovered", out _));

        var one = await host.Http.GetFromJsonAsync<JsonElement>("/api/crawls?limit=1");
        Assert.Single(one.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/crawls?limit=0", "limit must be between 1 and 200")]
    [InlineData("/api/crawls?limit=201", "limit must be between 1 and 200")]
    [InlineData("/api/crawls?limit=many", "whole number")]
    public async Task A_bad_limit_is_a_400_problem(string path, string detail) =>
        await Problems.AssertProblem(await host.Http.GetAsync(path), HttpStatusCode.BadRequest, detail);

    [Fact]
    public async Task Cancelling_a_malformed_job_id_is_a_400_problem() =>
        await Problems.AssertProblem(await host.Http.DeleteAsync("/api/crawls/not-a-job"), HttpStatusCode.BadRequest, "not a job id");

    private async Task<string> Start(string seed)
    {
        var response = await host.Http.PostAsJsonAsync("/api/crawls", new { seeds = new[] { seed }, depth = 0, maxPapers = 1 });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
    }
}
