using HubCrawler.Tests.Api;

namespace HubCrawler.Tests.Web;

/// <summary>The explorer's form sends its empty fields (<c>polarity=&amp;yearFrom=</c>); an empty value is an absent parameter.</summary>
[Collection(ApiCollection.Name)]
public sealed class EmptyFilterFieldsTests(Api.ApiHost host)
{
    [Theory]
    [InlineData("/papers/CorpusId:1000001?role=method&polarity=&yearFrom=&yearTo=&sort=citations")]
    [InlineData("/api/papers/CorpusId:1000001/citations?polarity=&yearFrom=&limit=")]
    [InlineData("/api/crawls?limit=")]
    public async Task Empty_fields_are_absent_parameters(string path)
    {
        var response = await host.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
