using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using HubCrawler.Sources.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace HubCrawler.Sources.Fetching;

/// <summary>The one way HubCrawler reaches the network (one per silo). It fetches only from hosts
/// that a source registered, keeps each host's concurrency and rate limits, and retries transient
/// failures (5xx, timeouts) with Polly's retry (exponential backoff with jitter, on the pipeline's clock). A 429 or 503 is not retried here: it pauses the host for
/// the whole cluster (exactly the Retry-After when given, else an exponential, jittered pause, see
/// <see cref="HostThrottle"/>) and the answer says until when, so the caller's paper waits in its crawl, not in a thread.</summary>
public sealed class FetchPipeline : IDisposable
{
    private readonly HttpClient _http;
    private readonly ConcurrentDictionary<string, HostGate> _gates = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _sources = new(StringComparer.OrdinalIgnoreCase);
    private readonly FetchOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<FetchPipeline> _logger;
    private readonly ResiliencePipeline<Attempt> _retry;

    /// <summary>A pipeline that sends with the host's named client <see cref="SourceHttpClient.Name"/>.</summary>
    [ActivatorUtilitiesConstructor]
    public FetchPipeline(IOptions<FetchOptions> options, TimeProvider time, ILogger<FetchPipeline> logger, IHttpClientFactory clients)
        : this(options.Value, time, logger, clients.CreateClient(SourceHttpClient.Name))
    {
    }

    /// <summary>A pipeline with a client of its own, for use without a host.</summary>
    public FetchPipeline(IOptions<FetchOptions> options, TimeProvider time, ILogger<FetchPipeline> logger)
        : this(options.Value, time, logger, new HttpClient(SourceHttpClient.PrimaryHandler()))
    {
    }

    private FetchPipeline(FetchOptions options, TimeProvider time, ILogger<FetchPipeline> logger, HttpClient http)
    {
        _options = options;
        _time = time;
        _logger = logger;
        _retry = RetryPipeline(_options, time);
        _http = http;
        SourceHttpClient.Configure(_http, _options);
        CrawlerMetrics.Track(this);
    }

    /// <summary>Raised when a host asks for a pause (Retry-After on 429/503, or backoff), so the
    /// pause can be shared with the other silos.</summary>
    public event Action<string, DateTimeOffset, string>? HostBlocked;

    /// <summary>The hosts fetches may go to (host:port).</summary>
    public IReadOnlyCollection<string> Hosts => _gates.Keys.ToList();

    /// <summary>Holds requests to the host back until <paramref name="until"/>, as another silo was told.</summary>
    public void BlockHost(string host, DateTimeOffset until, string reason)
    {
        if (_gates.TryGetValue(host, out var gate)) gate.Throttle.Block(until, reason);
    }

    /// <summary>Until when the host is paused, if it is.</summary>
    public DateTimeOffset? BlockedUntil(string host) =>
        _gates.TryGetValue(host, out var gate) && gate.Throttle.BlockedUntil > _time.GetUtcNow() ? gate.Throttle.BlockedUntil : null;

    /// <summary>Divides each host's rate limit by the number of silos, so the limit holds for the cluster.</summary>
    public void ShareRateWith(int silos)
    {
        foreach (var gate in _gates.Values) gate.ShareWith(silos);
    }

    /// <summary>Allows fetches from an enabled source's host, with its limits.</summary>
    public void RegisterHost(SourceEndpoint endpoint) => RegisterHost(endpoint.BaseUrl, endpoint.Limits);

    /// <summary>Allows fetches from the host of <paramref name="baseUrl"/>, with its limits.</summary>
    public void RegisterHost(Uri baseUrl, HostLimits limits)
    {
        _sources[baseUrl.Authority] = CrawlerMetrics.SourceName(limits.Source);
        _gates.AddOrUpdate(baseUrl.Authority, _ => new HostGate(limits, _options.Throttle, _time), (_, _) => new HostGate(limits, _options.Throttle, _time));
    }

    /// <summary>Every registered host with its source, and until when and why it is held back (<see cref="DateTimeOffset.MinValue"/> and "" when it is not).</summary>
    public IEnumerable<(string Host, string Source, DateTimeOffset Until, string Reason)> Pauses() =>
        _gates.Select(g => g.Value.Throttle.IsHeld(out var until, out var reason)
            ? (g.Key, SourceOf(g.Key), until, reason)
            : (g.Key, SourceOf(g.Key), DateTimeOffset.MinValue, ""));

    /// <summary>The short name of the source a host was registered for ("semanticscholar").</summary>
    public string SourceOf(string host) => _sources.TryGetValue(host, out var source) ? source : "unknown";

    /// <summary>Sends the request (a GET unless <see cref="FetchRequest.Method"/> says otherwise) within the host's
    /// limits, retrying transient failures; the answer after the retry budget.</summary>
    public async Task<FetchResponse> GetAsync(FetchRequest request, CancellationToken cancellationToken = default)
    {
        if (!request.Url.IsAbsoluteUri || request.Url.Scheme is not ("http" or "https") || !_gates.TryGetValue(request.Url.Authority, out var gate))
            throw new ForbiddenHostException(request.Url);

        var source = SourceOf(request.Url.Authority);
        using var activity = CrawlerActivities.StartSourceRequest(source, request.Method, request.Url);
        var attempts = 0;
        var last = await _retry.ExecuteAsync(async token =>
        {
            if (++attempts > 1) CrawlerMetrics.SourceRetry(source, request.Url.Authority);
            var attempt = await SendOnceAsync(gate, request, attempts, token);
            return attempt with { Retryable = attempt.Response.Throttle is null && IsRetryable(attempt, request) };
        }, cancellationToken);
        CrawlerActivities.Outcome(activity, last.Response.Status, last.Response.Attempts, OutcomeOf(last.Response));
        return last.Response;
    }

    private static string OutcomeOf(FetchResponse response) => response switch
    {
        { Throttle: not null, Attempts: 0 } => "paused",
        { Throttle: not null } => "throttled",
        { Status: 304 } => "not-modified",
        { IsSuccess: true } => "ok",
        { Status: 0 } => "transport-error",
        _ => "http-error",
    };

    private async Task<Attempt> SendOnceAsync(HostGate gate, FetchRequest request, int attempt, CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(cancellationToken);
        var host = request.Url.Authority;
        if (!turn.MayGo)
        {
            CrawlerMetrics.SourceThrottleWait(SourceOf(host), host);
            return new Attempt(new FetchResponse { Status = 429, Attempts = attempt - 1, Throttle = Wait(request, turn.Until, turn.Reason) }, null);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        using var message = new HttpRequestMessage(request.Method, request.SentUrl);
        // A new content per attempt: a sent HttpContent cannot be sent again.
        if (request.JsonBody is { } json) message.Content = new StringContent(json, Encoding.UTF8, "application/json");
        foreach (var (name, value) in request.Headers ?? new Dictionary<string, string>())
            message.Headers.TryAddWithoutValidation(name, value);

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            var retryAfter = RetryAfterOf(response);
            HostWait? throttle = null;
            if (status is 429 or 503)
            {
                var reason = ThrottleReason(status, retryAfter);
                var until = gate.Throttle.Throttled(retryAfter, reason);
                HostBlocked?.Invoke(request.Url.Authority, until, reason);
                _logger.HostPaused(request.Url.Authority, status, reason, until);
                throttle = Wait(request, until, reason);
            }
            else
            {
                gate.Throttle.Answered(turn.IsProbe);
                if (BudgetSpent(response) is { } reset)
                {
                    var until = gate.Throttle.Throttled(reset, "daily budget spent (X-RateLimit-Remaining: 0)");
                    HostBlocked?.Invoke(request.Url.Authority, until, "daily budget spent");
                    CrawlerMetrics.SourceBudgetSpent(SourceOf(host), host);
                }
            }
            var body = await ReadBodyAsync(response, timeout.Token);
            CrawlerMetrics.SourceRequest(SourceOf(host), host, status, body.Length, Stopwatch.GetElapsedTime(started));
            return new Attempt(new FetchResponse
            {
                Status = status,
                Body = body,
                Attempts = attempt,
                ETag = response.Headers.ETag?.ToString(),
                LastModified = response.Content.Headers.LastModified,
                ContentType = response.Content.Headers.ContentType?.ToString(),
                Throttle = throttle,
            }, retryAfter);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            CrawlerMetrics.SourceRequest(SourceOf(host), host, 0, 0, Stopwatch.GetElapsedTime(started));
            if (turn.IsProbe) gate.Throttle.ProbeLost();
            return new Attempt(new FetchResponse { Attempts = attempt, TransportError = $"timed out after {_options.RequestTimeout.TotalSeconds:0.#} s" }, null);
        }
        catch (HttpRequestException e)
        {
            CrawlerMetrics.SourceRequest(SourceOf(host), host, 0, 0, Stopwatch.GetElapsedTime(started));
            if (turn.IsProbe) gate.Throttle.ProbeLost();
            return new Attempt(new FetchResponse { Attempts = attempt, TransportError = e.Message }, null);
        }
        catch (IOException e)
        {
            CrawlerMetrics.SourceRequest(SourceOf(host), host, 0, 0, Stopwatch.GetElapsedTime(started));
            if (turn.IsProbe) gate.Throttle.ProbeLost();
            return new Attempt(new FetchResponse { Attempts = attempt, TransportError = e.Message }, null);
        }
    }

    private static HostWait Wait(FetchRequest request, DateTimeOffset until, string reason) =>
        new() { Host = request.Url.Authority, Until = until, Reason = reason };

    private static string ThrottleReason(int status, TimeSpan? retryAfter) => retryAfter switch
    {
        null => $"{status} without Retry-After",
        { TotalHours: >= 1 } wait => $"{status} with Retry-After {wait.TotalHours:0.#} h (budget spent)",
        { } wait => $"{status} with Retry-After {wait.TotalSeconds:0} s",
    };

    /// <summary>A source that meters a budget (OpenAlex) says it is spent with X-RateLimit-Remaining: 0; X-RateLimit-Reset says in how many seconds it renews.</summary>
    private static TimeSpan? BudgetSpent(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("X-RateLimit-Remaining", out var remaining) || !int.TryParse(remaining.FirstOrDefault(), out var left) || left > 0) return null;
        return response.Headers.TryGetValues("X-RateLimit-Reset", out var reset) && double.TryParse(reset.FirstOrDefault(), System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromHours(1);
    }

    private async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > _options.MaxBodyBytes)
            throw new HttpRequestException($"response body of {response.Content.Headers.ContentLength} bytes exceeds the {_options.MaxBodyBytes} byte limit");
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _options.MaxBodyBytes)
                throw new HttpRequestException($"response body exceeds the {_options.MaxBodyBytes} byte limit");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        return null;
    }

    private static bool IsRetryable(Attempt attempt, FetchRequest request) => attempt.Response.Status switch
    {
        0 => true,
        429 or 500 or 502 or 503 => true,
        504 => request.RetryGatewayTimeout,
        _ => false,
    };

    /// <summary>Retries what <see cref="IsRetryable"/> calls transient, up to <see cref="FetchOptions.MaxAttempts"/> attempts in all,
    /// after exponential delays from <see cref="FetchOptions.BackoffBase"/> up to <see cref="FetchOptions.BackoffMax"/>; the jitter
    /// keeps many grains that failed together from retrying together. A throttle is never retried here: it pauses the host.</summary>
    private static ResiliencePipeline<Attempt> RetryPipeline(FetchOptions options, TimeProvider time)
    {
        if (options.MaxAttempts <= 1) return ResiliencePipeline<Attempt>.Empty;
        return new ResiliencePipelineBuilder<Attempt> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<Attempt>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BackoffBase,
                MaxDelay = options.BackoffMax,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { Retryable: true }),
            })
            .Build();
    }

    public void Dispose()
    {
        CrawlerMetrics.Untrack(this);
        _http.Dispose();
        foreach (var gate in _gates.Values) gate.Dispose();
    }

    private sealed record Attempt(FetchResponse Response, TimeSpan? RetryAfter)
    {
        public bool Retryable { get; init; }
    }
}
