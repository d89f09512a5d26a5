using System.Collections.Concurrent;

namespace HubCrawler.Tests.Watches;

/// <summary>A webhook receiver on loopback: records every call and answers the statuses planned for it (then 200).</summary>
public sealed class WebhookListener : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<int> _planned = new();
    private readonly Task _loop;

    public WebhookListener()
    {
        var port = FreePort.Next();
        Url = $"http://127.0.0.1:{port}/hook/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public string Url { get; }
    public ConcurrentQueue<Call> Calls { get; } = new();

    /// <summary>The statuses the next calls get, in order.</summary>
    public void Plan(params int[] statuses)
    {
        foreach (var status in statuses) _planned.Enqueue(status);
    }

    private Task Serve() => HttpListenerLoop.Serve(_listener, Answer);

    private async Task Answer(HttpListenerContext context)
    {
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body);
        var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
        var status = _planned.TryDequeue(out var planned) ? planned : 200;
        Calls.Enqueue(new Call(context.Request.HttpMethod, context.Request.ContentType, headers, body.ToArray(), status));
        context.Response.StatusCode = status;
        context.Response.Close();
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    /// <summary>One call as it arrived, and the status it got.</summary>
    public sealed record Call(string Method, string? ContentType, IReadOnlyDictionary<string, string> Headers, byte[] Body, int Answered);
}
