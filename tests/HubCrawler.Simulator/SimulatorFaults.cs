namespace HubCrawler.Simulator;

/// <summary>
/// Fault knobs of a running <see cref="SimulatorServer"/>; they may be changed while requests are served. Random
/// draws come from one seeded generator so that a sequential run is reproducible. Time-based faults (the throttle
/// window, the OpenAlex daily budget) read <see cref="TimeProvider"/>.
/// </summary>
public sealed class SimulatorFaults
{
    /// <summary>Seed of the fault generator after construction or <see cref="Reset"/>.</summary>
    public const int DefaultSeed = 1;

    private readonly Lock _gate = new();
    private readonly ThrottleWindow _throttle;
    private readonly OpenAlexBudget _budget;
    private long _openAlexDailyBudget = -1;
    private volatile int _batchMaxResponseBytes = GraphApiLimits.MaxBatchResponseBytes;
    private volatile int _citationPagingCap = -1;
    private volatile int _openAlexCitedByExtra = OpenAlexJson.ExtraCitedBy;
    private volatile bool _arxivQuirks;
    private volatile int _openCitationsRowLimit = DefaultOpenCitationsRowLimit;
    private double _citationRepeatRate;
    private Random _random = new(DefaultSeed);
    private int _seed = DefaultSeed;
    private volatile int _latencyMs;
    private volatile int _retryAfterSeconds = -1;
    private volatile int _gatewayTimeoutAboveLimit = -1;
    private volatile string? _requiredApiKey;
    private double _serverErrorRate;
    private double _tooManyRequestsRate;
    private double _malformedRate;

    /// <summary>Creates knobs with every fault off.</summary>
    /// <param name="timeProvider">The clock of the throttle window and the OpenAlex budget day; the system clock when null.</param>
    public SimulatorFaults(TimeProvider? timeProvider = null)
    {
        TimeProvider = timeProvider ?? TimeProvider.System;
        _throttle = new ThrottleWindow(TimeProvider);
        _budget = new OpenAlexBudget(TimeProvider);
    }

    /// <summary>The clock that measures the throttle window and the OpenAlex budget day.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Delay in milliseconds before every Graph API answer.</summary>
    public int LatencyMs
    {
        get => _latencyMs;
        set => _latencyMs = Math.Max(0, value);
    }

    /// <summary>Probability of answering 500 or 503 (even odds) instead of the normal answer.</summary>
    public double ServerErrorRate
    {
        get => Volatile.Read(ref _serverErrorRate);
        set => Volatile.Write(ref _serverErrorRate, value);
    }

    /// <summary>Probability of answering 429 instead of the normal answer.</summary>
    public double TooManyRequestsRate
    {
        get => Volatile.Read(ref _tooManyRequestsRate);
        set => Volatile.Write(ref _tooManyRequestsRate, value);
    }

    /// <summary>When set, 429 and 503 answers carry "Retry-After: N".</summary>
    public int? RetryAfterSeconds
    {
        get => _retryAfterSeconds < 0 ? null : _retryAfterSeconds;
        set => _retryAfterSeconds = value is { } seconds ? Math.Max(0, seconds) : -1;
    }

    /// <summary>Probability that a 200 answer's JSON body is cut off half way.</summary>
    public double MalformedRate
    {
        get => Volatile.Read(ref _malformedRate);
        set => Volatile.Write(ref _malformedRate, value);
    }

    /// <summary>When set, a citations or references request whose limit exceeds this value gets 504.</summary>
    public int? GatewayTimeoutAboveLimit
    {
        get => _gatewayTimeoutAboveLimit < 0 ? null : _gatewayTimeoutAboveLimit;
        set => _gatewayTimeoutAboveLimit = value is { } limit ? Math.Max(0, limit) : -1;
    }

    /// <summary>Semantic Scholar paper ids whose every request (paper, citations, or a batch naming one) gets 500.</summary>
    public ConcurrentIdSet FailingPaperIds { get; } = new();

    /// <summary>When set, requests without this exact x-api-key header get 403.</summary>
    public string? RequiredApiKey
    {
        get => _requiredApiKey;
        set => _requiredApiKey = value;
    }

    /// <summary>Seed of the fault generator; setting it restarts the generator.</summary>
    public int Seed
    {
        get
        {
            lock (_gate)
            {
                return _seed;
            }
        }

        set
        {
            lock (_gate)
            {
                _seed = value;
                _random = new Random(value);
            }
        }
    }

    /// <summary>Fraction of requests that hang for <see cref="HangMs"/> before answering (past a client's timeout).</summary>
    public double HangRate { get; set; }

    /// <summary>How long a hanging request hangs.</summary>
    public int HangMs { get; set; } = 60_000;

    /// <summary>Whether answers carry ETag and Last-Modified and honour If-None-Match / If-Modified-Since with 304 (default on).</summary>
    public bool SendValidators { get; set; } = true;

    /// <summary>
    /// Largest POST /paper/batch response body in bytes (default <see cref="GraphApiLimits.MaxBatchResponseBytes"/>,
    /// 10 MB); a batch whose answer would be larger gets 400 instead. Lower it to trigger that with small batches.
    /// </summary>
    public int BatchMaxResponseBytes
    {
        get => _batchMaxResponseBytes;
        set => _batchMaxResponseBytes = Math.Max(0, value);
    }

    /// <summary>
    /// Semantic Scholar's paging cap on citations and references (the real API's is 10,000): when set, a request whose
    /// offset + limit is not below it is refused with 400 {"error":"The sum of offset and limit must be &lt; N"}, so
    /// at most N - 1 records of a list can be read. Null (the default) pages every list to its end.
    /// </summary>
    public int? CitationPagingCap
    {
        get => _citationPagingCap < 0 ? null : _citationPagingCap;
        set => _citationPagingCap = value is { } cap ? Math.Max(1, cap) : -1;
    }

    /// <summary>
    /// How often Semantic Scholar's citation list repeats a citing paper, as the real list does when it shifts while it
    /// is paged (recorded: 28 repeats in 2,167 records, about 0.013): after each record, with this probability, one of
    /// the resolved citing papers of the 100 records before it comes again. Deterministic by the graph's seed and the
    /// paper; citationCount still counts each record once. 0 (the default) repeats nothing.
    /// </summary>
    public double CitationRepeatRate
    {
        get => Volatile.Read(ref _citationRepeatRate);
        set => Volatile.Write(ref _citationRepeatRate, double.IsNaN(value) ? 0 : Math.Clamp(value, 0, 0.5));
    }

    /// <summary>
    /// What OpenAlex's cited_by_count adds to the graph's count of citation records (unresolved included) — so it
    /// disagrees with the cites: list, as the real one often does. Default <see cref="OpenAlexJson.ExtraCitedBy"/> (3);
    /// negative values report fewer than listed (never below 0).
    /// </summary>
    public int OpenAlexCitedByExtra
    {
        get => _openAlexCitedByExtra;
        set => _openAlexCitedByExtra = value;
    }

    /// <summary>
    /// Whether arXiv abs pages carry the shapes real ones do (<see cref="ArxivQuirks"/>): a citation_doi with a doi:
    /// prefix or two DOIs, a citation_author with a suffix ("Heath, Jr., Robert W.") or TeX braces. Off by default.
    /// </summary>
    public bool ArxivQuirks
    {
        get => _arxivQuirks;
        set => _arxivQuirks = value;
    }

    /// <summary>The most rows an OpenCitations list answers with (its SPARQL queries end LIMIT 50000).</summary>
    public const int DefaultOpenCitationsRowLimit = 50_000;

    /// <summary>
    /// The most rows one OpenCitations citations or references answer holds (default
    /// <see cref="DefaultOpenCitationsRowLimit"/>, the real API's); the rest are cut without a word, while the count
    /// endpoints still count them. Lower it to see a cut list with a small graph.
    /// </summary>
    public int OpenCitationsRowLimit
    {
        get => _openCitationsRowLimit;
        set => _openCitationsRowLimit = Math.Max(1, value);
    }

    /// <summary>
    /// OpenAlex credits a UTC day (per <see cref="TimeProvider"/>); null (the default) is unlimited. With a budget,
    /// every OpenAlex answer carries X-RateLimit-Limit (this budget), X-RateLimit-Remaining (credits left today),
    /// X-RateLimit-Credits-Used (what this request cost: <see cref="OpenAlexCredits"/>) and X-RateLimit-Reset (seconds
    /// to midnight UTC); once a list call would go over it, list calls get 429 with Retry-After = those seconds, while
    /// singleton lookups, being free, are still answered. A request is charged when it passes the budget check, whatever
    /// it is answered afterwards. Without a budget no such header is sent.
    /// </summary>
    public long? OpenAlexDailyBudget
    {
        get => Interlocked.Read(ref _openAlexDailyBudget) is var budget and >= 0 ? budget : null;
        set => Interlocked.Exchange(ref _openAlexDailyBudget, value is { } budget ? Math.Max(0, budget) : -1);
    }

    /// <summary>OpenAlex credits spent on the current UTC day (counted whether or not a budget is set).</summary>
    public long OpenAlexCreditsUsedToday => _budget.UsedToday();

    /// <summary>Requests answered 429 by the current throttle window since it was set.</summary>
    public long ThrottledRequests => _throttle.Snapshot().ThrottledRequests;

    /// <summary>When the current throttle window opened; null when none is set or it waits for its first request.</summary>
    public DateTimeOffset? ThrottleStart => _throttle.Snapshot().Start;

    /// <summary>When the current throttle window closes (exclusive); null when none is set or it waits for its first request.</summary>
    public DateTimeOffset? ThrottleEnd => _throttle.Snapshot().End;

    /// <summary>
    /// Throttles now, for <paramref name="duration"/>: every request of the APIs in <paramref name="scope"/> (by
    /// default Semantic Scholar only) is answered 429 until <see cref="TimeProvider"/> passes the end, whatever the
    /// other knobs say. On Semantic Scholar the answer is the real API's
    /// {"message":"Too Many Requests. Please wait and try again or apply for a key for higher rate limits. …"}, on
    /// OpenAlex {"error":"Too Many Requests","message":"…"}; neither carries Retry-After, whatever
    /// <see cref="RetryAfterSeconds"/> says. Replaces any earlier window and zeroes <see cref="ThrottledRequests"/>.
    /// </summary>
    public void ThrottleFor(TimeSpan duration, ThrottleScope scope = ThrottleScope.SemanticScholar) =>
        _throttle.Open(duration, scope);

    /// <summary>
    /// Like <see cref="ThrottleFor"/>, but the window opens only after <paramref name="requests"/> more requests of the
    /// APIs in <paramref name="scope"/> have been answered normally: the next one opens it (and is throttled), and it
    /// lasts <paramref name="duration"/> from then. 0 opens it at the next request.
    /// </summary>
    public void ThrottleAfterRequests(int requests, TimeSpan duration, ThrottleScope scope = ThrottleScope.SemanticScholar) =>
        _throttle.OpenAfter(requests, duration, scope);

    /// <summary>Ends the throttle window (open or pending) and zeroes <see cref="ThrottledRequests"/>.</summary>
    public void EndThrottle() => _throttle.Clear();

    /// <summary>A consistent snapshot of the throttle window.</summary>
    public ThrottleWindowState GetThrottleState() => _throttle.Snapshot();

    /// <summary>The throttle window (for the fault injector).</summary>
    internal ThrottleWindow Throttle => _throttle;

    /// <summary>Today's OpenAlex spending (for the fault injector).</summary>
    internal OpenAlexBudget Budget => _budget;

    /// <summary>
    /// Turns every fault off (the throttle window and the OpenAlex budget too, forgetting today's spending), empties
    /// <see cref="FailingPaperIds"/>, restores <see cref="BatchMaxResponseBytes"/> and restarts the generator with
    /// <see cref="DefaultSeed"/>.
    /// </summary>
    public void Reset()
    {
        LatencyMs = 0;
        ServerErrorRate = 0;
        TooManyRequestsRate = 0;
        RetryAfterSeconds = null;
        MalformedRate = 0;
        GatewayTimeoutAboveLimit = null;
        RequiredApiKey = null;
        FailingPaperIds.Clear();
        SendValidators = true;
        HangRate = 0;
        HangMs = 60_000;
        BatchMaxResponseBytes = GraphApiLimits.MaxBatchResponseBytes;
        CitationPagingCap = null;
        CitationRepeatRate = 0;
        OpenAlexCitedByExtra = OpenAlexJson.ExtraCitedBy;
        ArxivQuirks = false;
        OpenCitationsRowLimit = DefaultOpenCitationsRowLimit;
        OpenAlexDailyBudget = null;
        _budget.Clear();
        _throttle.Clear();
        Seed = DefaultSeed;
    }

    /// <summary>Draws true with the given probability; a rate of 0 or less draws nothing from the generator.</summary>
    internal bool Draw(double rate)
    {
        if (!(rate > 0))
        {
            return false;
        }

        lock (_gate)
        {
            return _random.NextDouble() < rate;
        }
    }

    /// <summary>Chooses between 500 and 503 for a server error.</summary>
    internal int DrawServerErrorStatus()
    {
        lock (_gate)
        {
            return _random.Next(2) == 0 ? 500 : 503;
        }
    }
}
