using System.Net.Http.Headers;

namespace HubCrawler.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class CrawlStartLimitsTests(ApiHost host)
{
    [Fact]
    public async Task An_oversized_crawl_request_is_a_413_problem_with_or_without_a_length()
    {
        using var sized = new ByteArrayContent(new byte[3 * 1024 * 1024]);
        sized.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        await Problems.AssertProblem(await host.Http.PostAsync("/api/crawls", sized), HttpStatusCode.RequestEntityTooLarge, "larger than 1 MiB");

        // Chunked: the length is only known while reading.
        var body = "{\"seeds\":[\"" + new string('a', 2 * 1024 * 1024) + "\"]}";
        using var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/crawls") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        await Problems.AssertProblem(await host.Http.SendAsync(request), HttpStatusCode.RequestEntityTooLarge, "larger than 1 MiB");
    }
}
