namespace HubCrawler.Simulator;

/// <summary>
/// The sustained throttle window behind <see cref="SimulatorFaults.ThrottleFor"/> and
/// <see cref="SimulatorFaults.ThrottleAfterRequests"/>: while it is open, every request in its scope is throttled.
/// Times come from the clock it is given, so a test can move through a window without waiting.
/// </summary>
internal sealed class ThrottleWindow(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private ThrottleScope _scope;
    private DateTimeOffset? _start;
    private DateTimeOffset? _end;
    private TimeSpan _duration;
    private int? _pending;
    private long _throttled;

    /// <summary>Opens a window now, for <paramref name="duration"/>; forgets any previous window and its count.</summary>
    public void Open(TimeSpan duration, ThrottleScope scope)
    {
        Validate(duration, scope);
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            (_scope, _duration, _pending, _throttled) = (scope, duration, null, 0);
            (_start, _end) = (now, EndOf(now, duration));
        }
    }

    /// <summary>
    /// Lets <paramref name="requests"/> requests in scope through, then opens a window of <paramref name="duration"/>
    /// at the next one (which is throttled); forgets any previous window and its count.
    /// </summary>
    public void OpenAfter(int requests, TimeSpan duration, ThrottleScope scope)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(requests);
        Validate(duration, scope);
        lock (_gate)
        {
            (_scope, _duration, _pending, _throttled) = (scope, duration, requests, 0);
            (_start, _end) = (null, null);
        }
    }

    /// <summary>Removes the window (open or pending) and zeroes its count.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            (_scope, _duration, _pending, _throttled) = (ThrottleScope.None, TimeSpan.Zero, null, 0);
            (_start, _end) = (null, null);
        }
    }

    /// <summary>
    /// Called once for each request of an API in <paramref name="api"/>: counts it towards a pending window and
    /// tells whether it falls inside the window (and so must be answered 429).
    /// </summary>
    public bool TryThrottle(ThrottleScope api)
    {
        lock (_gate)
        {
            if ((_scope & api) == ThrottleScope.None)
            {
                return false;
            }

            var now = clock.GetUtcNow();
            if (_pending is { } pending)
            {
                if (pending > 0)
                {
                    _pending = pending - 1;
                    return false;
                }

                _pending = null;
                (_start, _end) = (now, EndOf(now, _duration));
            }

            if (!IsOpen(now))
            {
                return false;
            }

            _throttled++;
            return true;
        }
    }

    /// <summary>A consistent snapshot of the window.</summary>
    public ThrottleWindowState Snapshot()
    {
        lock (_gate)
        {
            return new ThrottleWindowState(_scope, _start, _end, _pending, _throttled, _scope != ThrottleScope.None && IsOpen(clock.GetUtcNow()));
        }
    }

    private bool IsOpen(DateTimeOffset now) => _start is { } start && _end is { } end && now >= start && now < end;

    private static DateTimeOffset EndOf(DateTimeOffset start, TimeSpan duration) =>
        duration >= DateTimeOffset.MaxValue - start ? DateTimeOffset.MaxValue : start + duration;

    private static void Validate(TimeSpan duration, ThrottleScope scope)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        if (scope is not (ThrottleScope.SemanticScholar or ThrottleScope.OpenAlex or ThrottleScope.All))
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, "Name Semantic Scholar, OpenAlex or both.");
        }
    }
}
