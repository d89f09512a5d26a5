using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace HubCrawler.Sources.Telemetry;

/// <summary>HubCrawler's own instruments (meter <see cref="TelemetryNames.Meter"/>), named after OpenTelemetry's
/// conventions: dotted lower-case names under <c>hubcrawler.</c>, UCUM units, attributes for the dimensions. The
/// grains call one method per event; the hosts decide where the figures go (Prometheus, OTLP, nowhere). Static like
/// the meters of the .NET libraries, so that static code (the classifier) can record too; every in-process silo
/// (the tests run several) adds to the same instruments.</summary>
public static class CrawlerMetrics
{
    public static readonly Meter Meter = new(TelemetryNames.Meter, "1.0");

    private static readonly Counter<long> SourceRequests = Meter.CreateCounter<long>(
        "hubcrawler.source.requests", "{request}", "HTTP requests sent to a source (retries included), by source, host and status class.");
    private static readonly Histogram<double> SourceRequestDuration = Meter.CreateHistogram<double>(
        "hubcrawler.source.request.duration", "s", "Time from sending a source request to having read its body.");
    private static readonly Counter<long> SourceRetries = Meter.CreateCounter<long>(
        "hubcrawler.source.retries", "{request}", "Source requests sent again after a transient failure (5xx, timeout, connection error).");
    private static readonly Counter<long> SourceBytes = Meter.CreateCounter<long>(
        "hubcrawler.source.response.size", "By", "Body bytes downloaded from sources.");
    private static readonly Counter<long> SourceNotModified = Meter.CreateCounter<long>(
        "hubcrawler.source.not_modified", "{response}", "Conditional source requests answered 304 Not Modified (no body moved).");
    private static readonly Counter<long> SourceThrottles = Meter.CreateCounter<long>(
        "hubcrawler.source.throttled", "{response}", "Source answers that asked HubCrawler to wait (429, 503, a spent budget).");
    private static readonly Counter<long> SourceThrottleWaits = Meter.CreateCounter<long>(
        "hubcrawler.source.throttle.waits", "{request}", "Requests not sent because their host was paused; their papers wait in the crawl.");
    private static readonly Counter<long> PapersVisited = Meter.CreateCounter<long>(
        "hubcrawler.papers.visited", "{paper}", "Paper visits that reported back to their crawl, by outcome; its rate is papers a second.");
    private static readonly Counter<long> StorageOperations = Meter.CreateCounter<long>(
        "hubcrawler.storage.operations", "{operation}", "Grain storage operations, by kind (read, write, clear) and outcome.");
    private static readonly Histogram<double> StorageDuration = Meter.CreateHistogram<double>(
        "hubcrawler.storage.operation.duration", "s", "Grain storage operation time, queueing for a slot included.");
    private static readonly Histogram<double> ClassifierDuration = Meter.CreateHistogram<double>(
        "hubcrawler.classifier.duration", "s", "Time to classify the citation contexts of one hub (roles and polarity).");

    private static readonly ConcurrentDictionary<string, FrontierFigures> Frontiers = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<FetchPipeline, byte> Pipelines = new();

    static CrawlerMetrics()
    {
        Meter.CreateObservableGauge("hubcrawler.frontier.size", () => (long)Frontiers.Values.Sum(f => (long)f.Admitted), "{paper}",
            "Papers admitted to the crawl frontiers hosted on this silo.");
        Meter.CreateObservableGauge("hubcrawler.frontier.pending", () => Frontiers.Values.Sum(f => (long)f.Pending), "{paper}",
            "Admitted papers whose visit has not reported back yet.");
        Meter.CreateObservableGauge("hubcrawler.visits.in_flight", () => Frontiers.Values.Sum(f => (long)f.InFlight), "{visit}",
            "Paper visits sent by this silo's frontiers and not answered yet.");
        Meter.CreateObservableGauge("hubcrawler.visits.waiting", () => Frontiers.Values.Sum(f => (long)f.Waiting), "{visit}",
            "Papers waiting for a paused source host before their visit is sent again.");
        Meter.CreateObservableGauge("hubcrawler.source.pause.remaining", PauseRemaining, "s",
            "Seconds until a source host's pause ends (0 when it is not paused), by source and host.");
    }

    /// <summary>One HTTP exchange with a source: <paramref name="status"/> 0 for a transport failure.</summary>
    public static void SourceRequest(string source, string host, int status, long bytes, TimeSpan duration)
    {
        var tags = new TagList { { "hubcrawler.source", source }, { "server.address", host }, { "http.response.status_class", StatusClass(status) } };
        SourceRequests.Add(1, tags);
        SourceRequestDuration.Record(duration.TotalSeconds, tags);
        if (bytes > 0) SourceBytes.Add(bytes, new TagList { { "hubcrawler.source", source }, { "server.address", host } });
        if (status == 304) SourceNotModified.Add(1, new TagList { { "hubcrawler.source", source }, { "server.address", host } });
        if (status is 429 or 503) SourceThrottles.Add(1, new TagList { { "hubcrawler.source", source }, { "server.address", host }, { "http.response.status_code", status } });
    }

    public static void SourceBudgetSpent(string source, string host) =>
        SourceThrottles.Add(1, new TagList { { "hubcrawler.source", source }, { "server.address", host }, { "http.response.status_code", 200 } });

    public static void SourceRetry(string source, string host) =>
        SourceRetries.Add(1, new TagList { { "hubcrawler.source", source }, { "server.address", host } });

    public static void SourceThrottleWait(string source, string host) =>
        SourceThrottleWaits.Add(1, new TagList { { "hubcrawler.source", source }, { "server.address", host } });

    public static void PaperVisited(VisitOutcome outcome) =>
        PapersVisited.Add(1, new KeyValuePair<string, object?>("hubcrawler.visit.outcome", outcome.ToString().ToLowerInvariant()));

    public static void StorageOperation(string kind, bool succeeded, TimeSpan duration)
    {
        var tags = new TagList { { "hubcrawler.storage.operation", kind }, { "hubcrawler.storage.outcome", succeeded ? "success" : "failure" } };
        StorageOperations.Add(1, tags);
        StorageDuration.Record(duration.TotalSeconds, tags);
    }

    /// <summary>Times the classification of one hub's contexts; dispose when it is done.</summary>
    public static ClassifierTiming TimeClassifier() => new(Stopwatch.GetTimestamp());

    /// <summary>A frontier partition's current figures (its key is "{job}/{partition}"); null when it leaves this silo.</summary>
    public static void Frontier(string key, FrontierFigures? figures)
    {
        if (figures is null) Frontiers.TryRemove(key, out _);
        else Frontiers[key] = figures;
    }

    internal static void Track(FetchPipeline pipeline) => Pipelines.TryAdd(pipeline, 0);

    internal static void Untrack(FetchPipeline pipeline) => Pipelines.TryRemove(pipeline, out _);

    /// <summary>"2xx" … "5xx", or "error" when no answer came.</summary>
    public static string StatusClass(int status) => status is >= 100 and < 600 ? $"{status / 100}xx" : "error";

    /// <summary>The source's short name from its configuration section: "Sources:SemanticScholar" → "semanticscholar".</summary>
    public static string SourceName(string? section) =>
        section is null ? "unknown" : section[(section.LastIndexOf(':') + 1)..].ToLowerInvariant();

    private static IEnumerable<Measurement<double>> PauseRemaining()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var pipeline in Pipelines.Keys)
        foreach (var (host, source, until, _) in pipeline.Pauses())
            yield return new Measurement<double>(Math.Max(0, (until - now).TotalSeconds),
                new KeyValuePair<string, object?>("hubcrawler.source", source), new KeyValuePair<string, object?>("server.address", host));
    }

    /// <summary>Records the classifier's time when disposed.</summary>
    public readonly struct ClassifierTiming(long started) : IDisposable
    {
        public void Dispose() => ClassifierDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
