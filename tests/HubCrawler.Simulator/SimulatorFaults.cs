namespace HubCrawler.Simulator;

/// <summary>
/// Fault knobs of a running <see cref="SimulatorServer"/>; they may be changed while requests are served. Random
/// draws come from one seeded generator so that a sequential run is reproducible.
/// </summary>
public sealed class SimulatorFaults
{
    /// <summary>Seed of the fault generator after construction or <see cref="Reset"/>.</summary>
    public const int DefaultSeed = 1;

    private readonly Lock _gate = new();
    private Random _random = new(DefaultSeed);
    private int _seed = DefaultSeed;
    private volatile int _latencyMs;
    private volatile int _retryAfterSeconds = -1;
    private volatile int _gatewayTimeoutAboveLimit = -1;
    private volatile string? _requiredApiKey;
    private double _serverErrorRate;
    private double _tooManyRequestsRate;
    private double _malformedRate;

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

    /// <summary>When set, a citations request whose limit exceeds this value gets 504.</summary>
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

    /// <summary>Turns every fault off, empties <see cref="FailingPaperIds"/> and restarts the generator with <see cref="DefaultSeed"/>.</summary>
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
