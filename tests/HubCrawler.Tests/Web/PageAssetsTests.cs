using AngleSharp.Html.Parser;
using HubCrawler.Tests.Api;

namespace HubCrawler.Tests.Web;

/// <summary>The pages' style sheet and scripts are files of their own, linked with their content hash and cacheable for a year.</summary>
[Collection(ApiCollection.Name)]
public sealed class PageAssetsTests(Api.ApiHost host)
{
    [Theory]
    [InlineData("/", "link[rel=stylesheet]", "href", "text/css")]
    [InlineData("/crawls", "script[src]", "src", "text/javascript")]
    public async Task Each_page_links_its_files_by_hash_and_they_are_served_cacheable(string page, string selector, string attribute, string type)
    {
        var document = new HtmlParser().ParseDocument(await host.Http.GetStringAsync(page));
        Assert.Empty(document.QuerySelectorAll("style, script:not([src])"));
        var url = document.QuerySelector(selector)!.GetAttribute(attribute)!;
        Assert.StartsWith("/_content/HubCrawler.Api/", url);
        Assert.Contains("?v=", url);

        using var response = await host.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());

        using var stale = await host.Http.GetAsync(url.Split('?')[0] + "?v=old");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.True(stale.Headers.CacheControl!.NoCache);
    }
}
