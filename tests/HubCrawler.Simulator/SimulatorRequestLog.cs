namespace HubCrawler.Simulator;

/// <summary>Thread-safe, append-only record of the requests a <see cref="SimulatorServer"/> received.</summary>
public sealed class SimulatorRequestLog
{
    private readonly Lock _gate = new();
    private readonly List<SimRequest> _requests = [];
    private int _arrived;

    /// <summary>Number of requests logged since the start or the last <see cref="Clear"/>.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _requests.Count;
            }
        }
    }

    /// <summary>Number of requests that arrived since the start or the last <see cref="Clear"/>, logged or not: a request
    /// the simulator is still holding (a latency fault) counts here before its response starts.</summary>
    public int Arrived => Volatile.Read(ref _arrived);

    /// <summary>A copy of the log, in the order the responses started.</summary>
    public IReadOnlyList<SimRequest> Snapshot()
    {
        lock (_gate)
        {
            return _requests.ToArray();
        }
    }

    /// <summary>How many logged requests there are of each <see cref="SimRequest.Kind"/> (kinds with none are absent).</summary>
    public IReadOnlyDictionary<string, int> CountByKind() => CountByKind(static _ => true);

    /// <summary>How many logged requests matching <paramref name="predicate"/> there are of each <see cref="SimRequest.Kind"/>.</summary>
    public IReadOnlyDictionary<string, int> CountByKind(Func<SimRequest, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return CountByKind(Snapshot(), predicate);
    }

    /// <summary>How many logged requests a throttling fault answered 429, by <see cref="SimRequest.Kind"/>.</summary>
    public IReadOnlyDictionary<string, int> CountThrottledByKind() => CountByKind(static r => r.Throttled);

    /// <summary>Forgets every logged request.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
            Volatile.Write(ref _arrived, 0);
        }
    }

    /// <summary>How many of <paramref name="requests"/> matching <paramref name="predicate"/> there are of each kind, in kind order.</summary>
    internal static IReadOnlyDictionary<string, int> CountByKind(IEnumerable<SimRequest> requests, Func<SimRequest, bool> predicate)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var request in requests)
        {
            if (predicate(request))
            {
                counts[request.Kind] = counts.GetValueOrDefault(request.Kind) + 1;
            }
        }

        return counts;
    }

    internal void CountArrival() => Interlocked.Increment(ref _arrived);

    internal void Add(SimRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }
}
