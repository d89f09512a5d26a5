using HubCrawler.Tests.Api;

namespace HubCrawler.Tests.OpenApi;

/// <summary>What generated clients read from the document: the API key scheme on the keyed operations, numbers typed as
/// numbers, typed enums, and the headers clients act on.</summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiClientShapeTests(Api.ApiHost host)
{
    [Theory]
    [InlineData("post", "/api/crawls")]
    [InlineData("delete", "/api/crawls/{jobId}")]
    [InlineData("post", "/api/watches")]
    [InlineData("get", "/api/watches")]
    public async Task Operations_guarded_by_the_API_key_declare_the_X_Api_Key_scheme(string method, string path)
    {
        var document = await Document();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());

        var security = document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("security");
        Assert.Contains(security.EnumerateArray(), requirement => requirement.TryGetProperty("ApiKey", out _));
    }

    [Fact]
    public async Task Open_reads_need_no_key()
    {
        var operation = (await Document()).GetProperty("paths").GetProperty("/api/crawls").GetProperty("get");
        Assert.False(operation.TryGetProperty("security", out _));
    }

    [Fact]
    public async Task No_number_is_typed_as_a_string_too()
    {
        var mixed = new List<string>();
        Walk((await Document()).GetProperty("components"), "components", mixed);
        Walk((await Document()).GetProperty("paths"), "paths", mixed);
        Assert.Empty(mixed);
    }

    [Fact]
    public async Task Role_and_polarity_enums_are_typed_strings()
    {
        var schemas = (await Document()).GetProperty("components").GetProperty("schemas");
        foreach (var name in new[] { "CitationRole", "CitationPolarity" })
        {
            Assert.Equal("string", schemas.GetProperty(name).GetProperty("type").GetString());
            Assert.NotEmpty(schemas.GetProperty(name).GetProperty("enum").EnumerateArray());
        }
    }

    [Fact]
    public async Task A_202_declares_Location_and_a_429_declares_Retry_After()
    {
        var responses = (await Document()).GetProperty("paths").GetProperty("/api/crawls").GetProperty("post").GetProperty("responses");
        Assert.True(responses.GetProperty("202").GetProperty("headers").TryGetProperty("Location", out _));
        Assert.Equal("integer", responses.GetProperty("429").GetProperty("headers").GetProperty("Retry-After").GetProperty("schema").GetProperty("type").GetString());
    }

    private Task<JsonElement> Document() => host.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

    private static void Walk(JsonElement element, string at, List<string> mixed)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Array)
            {
                var types = type.EnumerateArray().Select(t => t.GetString()).ToList();
                if (types.Contains("string") && (types.Contains("integer") || types.Contains("number")))
                    mixed.Add(at);
            }
            foreach (var property in element.EnumerateObject())
                Walk(property.Value, at + "/" + property.Name, mixed);
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
                Walk(item, $"{at}/{index++}", mixed);
        }
    }
}
