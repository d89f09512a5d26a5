using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace HubCrawler.Tests.Infrastructure;

/// <summary>
/// A transparent HTTP reverse proxy on 127.0.0.1 in front of an <see cref="AzuriteServer"/>'s blob endpoint, which
/// counts every storage request it is sent and can make storage slow (<see cref="Latency"/>, <see cref="Jitter"/>) or
/// busy (<see cref="FailRate"/>). Give a silo <see cref="ConnectionString"/>: blobs go through the proxy, tables
/// (cluster membership) straight to Azurite.
/// <para>Forwarding: the method, the request target exactly as received (path and query, not re-encoded), every
/// request header but Host and the hop-by-hop ones (Connection, Keep-Alive, Transfer-Encoding, TE, Upgrade, Expect,
/// Proxy-*), and the body as a stream; the answer comes back with its status, headers (same exceptions) and body,
/// streamed. A shared-key signature covers the account, path, query and the x-ms-*, Content-*, If-* and Range
/// headers, not the Host, so requests signed for the proxy's address stay valid at Azurite. If Azurite cannot be
/// reached the client's connection is aborted, as it would be without the proxy.</para>
/// <para>Counting, on arrival and before any latency or injected failure: the HTTP method; the container, the first
/// path segment after <c>/devstoreaccount1/</c> (<c>"(account)"</c> for account-level requests); the kind, the
/// query's <c>comp</c> value in lower case ("appendblock", "block", "blocklist", "list", "lease", "metadata",
/// "batch", …), else "container" for <c>restype=container</c> (create, delete or read a container), "service" for
/// <c>restype=service</c>, else "blob" (put, get, head or delete a blob). See <see cref="IsWrite"/> and
/// <see cref="IsRead"/>.</para>
/// </summary>
public sealed class StorageProxy : IAsyncDisposable
{
    /// <summary>The container name used for requests to the account itself (e.g. listing containers).</summary>
    public const string AccountContainer = "(account)";

    private const string Account = "devstoreaccount1";
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);
    private static readonly UriCreationOptions Verbatim = new() { DangerousDisablePathAndQueryCanonicalization = true };

    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Keep-Alive", "Transfer-Encoding", "TE", "Trailer", "Upgrade", "Expect",
        "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization",
    };

    private readonly WebApplication _app;
    private readonly HttpClient _forward;
    private readonly string _target;
    private readonly ConcurrentDictionary<(string Method, string Container, string Kind), StrongBox<long>> _operations = new();
    private readonly ConcurrentDictionary<string, StrongBox<long>> _statuses = new(StringComparer.Ordinal);
    private long _requests;
    private long _writes;
    private long _reads;
    private long _injectedFailures;
    private long _latencyTicks;
    private long _jitterTicks;
    private double _failRate;
    private int _disposed;

    private StorageProxy(WebApplication app, HttpClient forward, string target, int port, string connectionString)
    {
        _app = app;
        _forward = forward;
        _target = target;
        Port = port;
        BlobServiceUri = new Uri($"http://127.0.0.1:{port}/{Account}");
        ConnectionString = connectionString;
    }

    /// <summary>The proxy's loopback port.</summary>
    public int Port { get; }

    /// <summary>http://127.0.0.1:{port}/devstoreaccount1, the blob service through the proxy.</summary>
    public Uri BlobServiceUri { get; }

    /// <summary>Azurite's connection string with <c>BlobEndpoint</c> through the proxy; the queue and table endpoints
    /// (and the account key) are Azurite's own.</summary>
    public string ConnectionString { get; }

    /// <summary>Requests received so far.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Write requests received so far: see <see cref="IsWrite"/>.</summary>
    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>Read requests received so far: see <see cref="IsRead"/>.</summary>
    public long Reads => Interlocked.Read(ref _reads);

    /// <summary>Added before each request is forwarded (or failed); change it at any time, it applies to requests
    /// that arrive after the change. Zero (the default) adds nothing.</summary>
    public TimeSpan Latency
    {
        get => TimeSpan.FromTicks(Volatile.Read(ref _latencyTicks));
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            Volatile.Write(ref _latencyTicks, value.Ticks);
        }
    }

    /// <summary>Each request's delay is <see cref="Latency"/> plus a uniformly random amount in [-Jitter, +Jitter],
    /// never below zero. Zero (the default) makes every delay exactly <see cref="Latency"/>.</summary>
    public TimeSpan Jitter
    {
        get => TimeSpan.FromTicks(Volatile.Read(ref _jitterTicks));
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            Volatile.Write(ref _jitterTicks, value.Ticks);
        }
    }

    /// <summary>The share of requests (0 to 1) answered, after the delay, with 503 ServerBusy in Azure Storage's
    /// XML error shape instead of being forwarded. 0 (the default) forwards every request; 1 fails every one.</summary>
    public double FailRate
    {
        get => Volatile.Read(ref _failRate);
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 0.0);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1.0);
            Volatile.Write(ref _failRate, value);
        }
    }

    /// <summary>A write is a request with method PUT, POST, DELETE, PATCH or MERGE, counted once on arrival whatever
    /// its answer (a 409 or 412 conditional write and an injected 503 count too). For the blob service that is:
    /// creating or deleting a container; put blob; put block and put block list; create append blob and append block;
    /// set metadata, properties or tier; lease operations (acquire, renew, release, break); snapshot and copy; and a
    /// blob batch (POST <c>comp=batch</c>), which counts as one write however many sub-requests it carries. HEAD is not
    /// a write.</summary>
    public static bool IsWrite(string method) =>
        HttpMethods.IsPut(method) || HttpMethods.IsPost(method) || HttpMethods.IsDelete(method) || HttpMethods.IsPatch(method)
        || string.Equals(method, "MERGE", StringComparison.OrdinalIgnoreCase);

    /// <summary>A read is a GET or HEAD request (download, get properties or metadata, list blobs or containers,
    /// exists checks). Anything else (OPTIONS) is neither a read nor a write, but is in <see cref="Requests"/>.</summary>
    public static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method);

    /// <summary>Starts a proxy in front of <paramref name="azurite"/>'s blob endpoint (plain HTTP only) on a free
    /// loopback port.</summary>
    public static async Task<StorageProxy> StartAsync(AzuriteServer azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        if (azurite.BlobServiceUri.Scheme != Uri.UriSchemeHttp)
            throw new NotSupportedException("The storage proxy forwards to a plain-HTTP Azurite only.");
        var target = azurite.BlobServiceUri.GetLeftPart(UriPartial.Authority);

        // A free port can be taken by someone else before Kestrel binds it; then try other ports.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Next();
            var proxy = Create(target, port, WithBlobEndpoint(azurite.ConnectionString, $"http://127.0.0.1:{port}/{Account}"));
            try
            {
                await proxy._app.StartAsync();
                return proxy;
            }
            catch (IOException) when (attempt < 3)
            {
                await proxy.DisposeAsync();
            }
            catch
            {
                await proxy.DisposeAsync();
                throw;
            }
        }
    }

    private static StorageProxy Create(string target, int port, string connectionString)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null;
            // A loaded machine must not make Kestrel drop a slow upload or download.
            kestrel.Limits.MinRequestBodyDataRate = null;
            kestrel.Limits.MinResponseDataRate = null;
            kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http1);
        });
        var app = builder.Build();
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            // Add no traceparent of the proxy's own: what reaches Azurite is what the client sent.
            ActivityHeadersPropagator = DistributedContextPropagator.CreateNoOutputPropagator(),
        };
        var forward = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var proxy = new StorageProxy(app, forward, target, port, connectionString);
        app.Run(proxy.HandleAsync);
        return proxy;
    }

    /// <summary>The counts so far, as plain data.</summary>
    public StorageProxyCounts Snapshot() => StorageProxyCounts.From(
        _operations.Select(o => new StorageOperationCount(o.Key.Method, o.Key.Container, o.Key.Kind, Interlocked.Read(ref o.Value.Value))),
        _statuses.ToDictionary(s => s.Key, s => Interlocked.Read(ref s.Value.Value), StringComparer.Ordinal),
        Interlocked.Read(ref _injectedFailures));

    /// <summary>Sets every count to zero (requests in flight during the reset may be counted on either side of it).
    /// Latency, jitter and fail rate are kept.</summary>
    public void Reset()
    {
        _operations.Clear();
        _statuses.Clear();
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _writes, 0);
        Interlocked.Exchange(ref _reads, 0);
        Interlocked.Exchange(ref _injectedFailures, 0);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        Count(request.Method, ContainerOf(request.Path), KindOf(request.Query));

        var delay = NextDelay();
        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                CountStatus("aborted");
                return;
            }
        }

        var failRate = FailRate;
        if (failRate > 0 && Random.Shared.NextDouble() < failRate)
        {
            Interlocked.Increment(ref _injectedFailures);
            CountStatus("503");
            await WriteServerBusyAsync(context);
            return;
        }

        await ForwardAsync(context, rawTarget);
    }

    private async Task ForwardAsync(HttpContext context, string rawTarget)
    {
        var request = context.Request;
        using var forward = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(_target + rawTarget, Verbatim));
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
            forward.Content = new StreamContent(request.Body);
        else if (request.ContentLength == 0)
            forward.Content = new ByteArrayContent([]);
        foreach (var (name, values) in request.Headers)
        {
            if (HopByHop.Contains(name) || string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
            if (name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
            {
                forward.Content ??= new ByteArrayContent([]);
                forward.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
            else
            {
                forward.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }
        if (forward.Content is not null && request.ContentLength is { } length) forward.Content.Headers.ContentLength = length;

        HttpResponseMessage answer;
        try
        {
            answer = await _forward.SendAsync(forward, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
        {
            CountStatus("aborted");
            context.Abort();
            return;
        }

        using (answer)
        {
            CountStatus(((int)answer.StatusCode).ToString(CultureInfo.InvariantCulture));
            var response = context.Response;
            response.StatusCode = (int)answer.StatusCode;
            foreach (var (name, values) in answer.Headers.Concat(answer.Content.Headers))
            {
                if (HopByHop.Contains(name)) continue;
                if (answer.StatusCode == HttpStatusCode.NoContent && string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
                response.Headers[name] = values.ToArray();
            }
            try
            {
                await answer.Content.CopyToAsync(response.Body, context.RequestAborted);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
            {
                context.Abort();
            }
        }
    }

    private static async Task WriteServerBusyAsync(HttpContext context)
    {
        var requestId = Guid.NewGuid().ToString();
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers["x-ms-error-code"] = "ServerBusy";
        response.Headers["x-ms-request-id"] = requestId;
        if (context.Request.Headers.TryGetValue("x-ms-version", out var version)) response.Headers["x-ms-version"] = version;
        if (context.Request.Headers.TryGetValue("x-ms-client-request-id", out var clientId)) response.Headers["x-ms-client-request-id"] = clientId;
        // Azure answers a HEAD without a body (the client reads x-ms-error-code), anything else with the XML error.
        if (HttpMethods.IsHead(context.Request.Method)) return;
        var body = Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>ServerBusy</Code>" +
            "<Message>The server is currently unable to receive requests. Please retry your request.\n" +
            $"RequestId:{requestId}\nTime:{SecurityElement.Escape(DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture))}</Message></Error>");
        response.ContentType = "application/xml";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private TimeSpan NextDelay()
    {
        var latency = Volatile.Read(ref _latencyTicks);
        var jitter = Volatile.Read(ref _jitterTicks);
        if (jitter > 0) latency += (long)((Random.Shared.NextDouble() * 2 - 1) * jitter);
        return TimeSpan.FromTicks(Math.Max(0, latency));
    }

    private void Count(string method, string container, string kind)
    {
        Interlocked.Increment(ref _requests);
        if (IsWrite(method)) Interlocked.Increment(ref _writes);
        else if (IsRead(method)) Interlocked.Increment(ref _reads);
        Interlocked.Increment(ref _operations.GetOrAdd((method.ToUpperInvariant(), container, kind), _ => new StrongBox<long>()).Value);
    }

    private void CountStatus(string status) =>
        Interlocked.Increment(ref _statuses.GetOrAdd(status, _ => new StrongBox<long>()).Value);

    private static string ContainerOf(PathString path)
    {
        var segments = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var account = Array.IndexOf(segments, Account);
        return account >= 0 && account + 1 < segments.Length ? segments[account + 1] : AccountContainer;
    }

    private static string KindOf(IQueryCollection query)
    {
        var comp = query["comp"].ToString();
        if (comp.Length > 0) return comp.ToLowerInvariant();
        var restype = query["restype"].ToString();
        return restype.Length > 0 ? restype.ToLowerInvariant() : "blob";
    }

    private static string WithBlobEndpoint(string connectionString, string blobEndpoint)
    {
        var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("BlobEndpoint=", StringComparison.OrdinalIgnoreCase))
            .Append("BlobEndpoint=" + blobEndpoint);
        return string.Join(';', parts) + ";";
    }

    /// <summary>Stops the proxy (waiting a few seconds at most for requests in flight).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        try
        {
            using var timeout = new CancellationTokenSource(StopTimeout);
            await _app.StopAsync(timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException)
        {
        }
        await _app.DisposeAsync();
        _forward.Dispose();
    }
}
