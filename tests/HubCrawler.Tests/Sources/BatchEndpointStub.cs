using System.Collections.Concurrent;

namespace HubCrawler.Tests.Sources;

/// <summary>A stand-in for Semantic Scholar's <c>POST /graph/v1/paper/batch</c> on a loopback port, in the real
/// answer's shape: an array in the order asked, <c>null</c> for an id it does not know (<see cref="Unknown"/>),
/// and the 400 the API gives when a response would be over its 10 MB limit, here for any request of more than
/// <see cref="MaxIdsPerAnswer"/> ids. It records the ids of every request it received.</summary>
public sealed class BatchEndpointStub : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public BatchEndpointStub()
    {
        var port = FreePort.Next();
        BaseUrl = $"http://127.0.0.1:{port}/graph/v1";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>http://127.0.0.1:PORT/graph/v1</summary>
    public string BaseUrl { get; }

    /// <summary>Requests naming more ids than this are refused as too large (400).</summary>
    public int MaxIdsPerAnswer { get; set; } = int.MaxValue;

    /// <summary>Ids answered with null.</summary>
    public ConcurrentDictionary<string, bool> Unknown { get; } = new(StringComparer.Ordinal);

    /// <summary>The ids of each request received, in arrival order.</summary>
    public ConcurrentQueue<IReadOnlyList<string>> Requests { get; } = new();

    /// <summary>The query string of each request received.</summary>
    public ConcurrentQueue<string> Queries { get; } = new();

    private Task ServeAsync() => HttpListenerLoop.Serve(_listener, AnswerAsync, concurrently: true);

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var response = context.Response;
        using var document = await JsonDocument.ParseAsync(context.Request.InputStream);
        var ids = document.RootElement.GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).ToList();
        Requests.Enqueue(ids);
        Queries.Enqueue(context.Request.Url!.Query);
        string body;
        if (context.Request.HttpMethod != "POST" || context.Request.Url.AbsolutePath != "/graph/v1/paper/batch")
        {
            response.StatusCode = 404;
            body = """{"error":"Not found"}""";
        }
        else if (ids.Count > MaxIdsPerAnswer)
        {
            response.StatusCode = 400;
            body = """{"error":"Response would exceed maximum size of 10 MB. Request fewer ids or fields."}""";
        }
        else
        {
            body = "[" + string.Join(",", ids.Select(id => Unknown.ContainsKey(id)
                ? "null"
                : JsonSerializer.Serialize(new { paperId = id, title = "Title of " + id, citationCount = 0 }))) + "]";
        }
        var bytes = Encoding.UTF8.GetBytes(body);
        // One connection a request: HttpListener can drop an idle kept-alive connection under the client, and the
        // client's retry of that would be a request the stub never saw.
        response.KeepAlive = false;
        response.ContentType = "application/json";
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }
}
