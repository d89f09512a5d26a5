namespace HubCrawler.Grains.Fetching;

/// <summary>The per-host politeness gate: bounds requests in flight, spaces request starts to the
/// rate limit, and holds every request back until a Retry-After the host gave has passed.</summary>
internal sealed class HostGate(HostLimits limits, TimeProvider time)
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, limits.MaxConcurrency));
    private TimeSpan _interval = IntervalFor(limits.RequestsPerSecond, 1);
    private readonly Lock _lock = new();
    private DateTimeOffset _nextStart = DateTimeOffset.MinValue;
    private DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;

    /// <summary>Takes this silo's share of the host's rate when <paramref name="silos"/> silos fetch from it.</summary>
    public void ShareWith(int silos)
    {
        lock (_lock) _interval = IntervalFor(limits.RequestsPerSecond, Math.Max(1, silos));
    }

    private static TimeSpan IntervalFor(double requestsPerSecond, int silos) =>
        requestsPerSecond > 0 ? TimeSpan.FromSeconds(silos / requestsPerSecond) : TimeSpan.Zero;

    /// <summary>Waits for a slot and for this request's turn; dispose the result when the response is read.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                DateTimeOffset start;
                lock (_lock)
                {
                    var now = time.GetUtcNow();
                    start = Max(now, Max(_nextStart, _blockedUntil));
                    if (start <= now)
                    {
                        _nextStart = now + _interval;
                        return new Release(_slots);
                    }
                    // Reserve the slot in the rate schedule so waiters queue behind each other.
                    _nextStart = start + _interval;
                }
                // A Retry-After may arrive while this request waits, so the loop checks again before sending.
                await Task.Delay(start - time.GetUtcNow(), time, cancellationToken);
                lock (_lock)
                {
                    var now = time.GetUtcNow();
                    if (now >= _blockedUntil) return new Release(_slots);
                }
            }
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Holds back every request to this host until <paramref name="until"/>.</summary>
    public void BlockUntil(DateTimeOffset until)
    {
        lock (_lock)
        {
            if (until > _blockedUntil) _blockedUntil = until;
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed class Release(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) slots.Release();
        }
    }
}
