namespace HubCrawler.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class ProbeTests(ApiHost host)
{
    [Theory]
    [InlineData("/health", "ok")]
    [InlineData("/ready", "ready")]
    public async Task The_probes_answer_200_with_their_status(string path, string status)
    {
        var response = await host.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(status, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/ready")]
    public async Task A_probe_called_with_the_wrong_method_is_a_405_problem(string path)
    {
        var response = await host.Http.PostAsync(path, null);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(405, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }
}
