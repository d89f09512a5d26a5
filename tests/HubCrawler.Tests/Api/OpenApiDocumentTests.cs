using System.Text.RegularExpressions;
using HubCrawler.Api.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HubCrawler.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed partial class OpenApiDocumentTests(ApiHost host)
{
    [Fact]
    public async Task Every_route_the_host_serves_is_in_the_OpenAPI_document_with_a_summary_and_responses()
    {
        var document = await Document();
        var paths = document.GetProperty("paths");
        var routes = host.Silo.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => (Method: m.ToLowerInvariant(), Path: DocumentedPath(e))))
            .ToList();

        Assert.True(routes.Count >= 14, $"only {routes.Count} routes");
        foreach (var (method, path) in routes)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the document");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} is not in the document");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{method} {path} has no summary");
            Assert.NotEmpty(operation.GetProperty("responses").EnumerateObject());
        }
    }

    [Theory]
    [InlineData("get", "/api/papers/{id}", "refresh")]
    [InlineData("get", "/api/search", "q,limit")]
    [InlineData("get", "/api/papers/{id}/citations", "offset,limit,role,polarity,yearFrom,yearTo,sort")]
    [InlineData("post", "/api/crawls", "")]
    [InlineData("get", "/api/crawls", "limit")]
    [InlineData("get", "/api/crawls/{jobId}", "")]
    [InlineData("delete", "/api/crawls/{jobId}", "")]
    [InlineData("get", "/api/crawls/{jobId}/export", "format")]
    [InlineData("get", "/api/papers/{id}/export", "format,list,role,polarity,yearFrom,yearTo,sort")]
    [InlineData("get", "/ready", "")]
    public async Task Every_API_operation_documents_its_parameters_and_its_problem_answers(string method, string path, string query)
    {
        var operation = (await Document()).GetProperty("paths").GetProperty(path).GetProperty(method);
        var parameters = operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
        foreach (var name in query.Split(',', StringSplitOptions.RemoveEmptyEntries))
            Assert.Contains(parameters, p => p.GetProperty("name").GetString() == name && p.GetProperty("in").GetString() == "query" && p.TryGetProperty("description", out _));
        foreach (var segment in PathParameter().Matches(path).Select(m => m.Groups[1].Value))
            Assert.Contains(parameters, p => p.GetProperty("name").GetString() == segment && p.GetProperty("in").GetString() == "path");

        var problems = operation.GetProperty("responses").EnumerateObject()
            .Where(r => r.Name.StartsWith('4') || r.Name.StartsWith('5'))
            .ToList();
        Assert.NotEmpty(problems);
        Assert.All(problems, r => Assert.True(r.Value.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{method} {path} {r.Name}"));
        var success = operation.GetProperty("responses").EnumerateObject().First(r => r.Name.StartsWith('2'));
        Assert.True(success.Value.TryGetProperty("content", out _), $"{method} {path} documents no response body");
    }

    [Fact]
    public async Task Enums_are_camel_case_strings_in_the_schemas()
    {
        var schemas = (await Document()).GetProperty("components").GetProperty("schemas");
        Assert.Equal(["unclassified", "background", "method", "comparison"],
            schemas.GetProperty("CitationRole").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        var crawlStatus = schemas.GetProperty("CrawlStatus").GetProperty("properties");
        Assert.True(crawlStatus.TryGetProperty("startedAt", out var startedAt));
        Assert.Equal("date-time", startedAt.GetProperty("format").GetString());
    }

    [Fact]
    public async Task The_API_reference_page_is_served_with_its_assets_from_this_host()
    {
        var page = await host.Http.GetAsync("/docs/index.html");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        var assets = AssetReference().Matches(html).Select(m => m.Groups[1].Value).Where(a => !a.StartsWith("data:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            Assert.DoesNotContain("//", asset);
            var response = await host.Http.GetAsync(new Uri(new Uri(host.Http.BaseAddress!, "/docs/"), asset));
            Assert.True(response.IsSuccessStatusCode, $"{asset}: {(int)response.StatusCode}");
        }
        Assert.Contains($"/openapi/{ApiDocumentation.DocumentName}.json", html + await host.Http.GetStringAsync("/docs/index.js"));
    }

    private async Task<JsonElement> Document()
    {
        var response = await host.Http.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static string DocumentedPath(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<OpenApiPathOverride>() is { } over
            ? "/" + over.RelativePath
            : "/" + RouteParameter().Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), "{$1}");

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z]+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex PathParameter();

    [GeneratedRegex("(?:src|href)=\"([^\"]+)\"")]
    private static partial Regex AssetReference();
}
