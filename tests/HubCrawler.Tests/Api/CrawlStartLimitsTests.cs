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

    [Fact]
    public async Task A_client_still_sending_an_oversized_body_reads_the_413_instead_of_a_reset_connection()
    {
        // The server answers before the client has sent the whole body; if it then closed with the rest unread, the
        // connection would be reset and the answer lost (a broken pipe at the client), now and then.
        for (var i = 0; i < 20; i++)
        {
            using var sized = new ByteArrayContent(new byte[3 * 1024 * 1024]);
            sized.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var sizedAnswer = await host.Http.PostAsync("/api/crawls", sized);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, sizedAnswer.StatusCode);

            using var chunked = new StreamContent(new MemoryStream(new byte[2 * 1024 * 1024]));
            chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/crawls") { Content = chunked };
            request.Headers.TransferEncodingChunked = true;
            using var chunkedAnswer = await host.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunkedAnswer.StatusCode);
        }
    }
}
