namespace HubCrawler.Tests.Api;

/// <summary>HEAD answers like GET without a body; a body of the wrong media type gets a problem saying which one is expected.</summary>
[Collection(ApiCollection.Name)]
public sealed class HeadAndMediaTypeTests(ApiHost host)
{
    [Theory]
    [InlineData("/api/crawls")]
    [InlineData("/health")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/")]
    public async Task HEAD_answers_like_GET_without_a_body(string path)
    {
        using var get = await host.Http.GetAsync(path);
        using var head = await host.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task HEAD_on_an_unknown_crawl_answers_the_same_status_as_GET()
    {
        using var head = await host.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/crawls/" + new string('0', 16)));
        using var get = await host.Http.GetAsync("/api/crawls/" + new string('0', 16));
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, head.StatusCode);
    }

    [Theory]
    [InlineData("/api/crawls")]
    [InlineData("/api/watches")]
    public async Task A_body_that_is_not_json_gets_a_415_problem_naming_the_expected_type(string path)
    {
        using var response = await host.Http.PostAsync(path, new StringContent("seeds=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("application/json", problem.GetProperty("detail").GetString());
    }
}
