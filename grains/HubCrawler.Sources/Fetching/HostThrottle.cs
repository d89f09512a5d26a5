namespace HubCrawler.Sources.Fetching;

/// <summary>How long a host that asked to wait is left alone, and who may ask it first afterwards. With a
/// Retry-After the host gets exactly that. Without one (Semantic Scholar's 429s carry none, in windows of 30 s
/// or more) the pause starts at <see cref="ThrottleOptions.Base"/> and doubles with every incident up to
/// <see cref="ThrottleOptions.Max"/>, with jitter, and the count resets after <see cref="ThrottleOptions.QuietReset"/>
/// without one (after StormCrawler's queue blocking). When a pause ends one request goes first as a probe; the
/// rest are told to wait until it has answered, so a throttle that is still on costs one request, not a burst.</summary>
public sealed class HostThrottle(ThrottleOptions options, TimeProvider time, Func<double>? random = null)
{
    private readonly Func<double> _random = random ?? Random.Shared.NextDouble;
    private readonly Lock _lock = new();
    private DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;
    private DateTimeOffset _lastIncident = DateTimeOffset.MinValue;
    private string _reason = "";
    private int _incidents;
    private bool _probing;
    private bool _probeInFlight;

    public DateTimeOffset BlockedUntil { get { lock (_lock) return _blockedUntil; } }

    public int Incidents { get { lock (_lock) return _incidents; } }

    /// <summary>Whether a request would be held back now, without claiming the probe: until when and why.</summary>
    public bool IsHeld(out DateTimeOffset waitUntil, out string reason)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            reason = _reason;
            waitUntil = now < _blockedUntil ? _blockedUntil : _probing && _probeInFlight ? now + options.ProbeWait : now;
            return waitUntil > now;
        }
    }

    /// <summary>Whether a request may go now. When it may not, the wait says until when and why; a request that
    /// goes while the host is on probation is the probe (<paramref name="isProbe"/>) and must report its answer.</summary>
    public bool TryPass(out DateTimeOffset waitUntil, out string reason, out bool isProbe)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            reason = _reason;
            isProbe = false;
            if (now < _blockedUntil)
            {
                waitUntil = _blockedUntil;
                return false;
            }
            if (_probing)
            {
                if (_probeInFlight)
                {
                    waitUntil = now + options.ProbeWait;
                    reason = $"{_reason}; a probe request is checking whether the pause is over";
                    return false;
                }
                _probeInFlight = true;
                isProbe = true;
            }
            waitUntil = now;
            return true;
        }
    }

    /// <summary>The host answered 429/503 (or said its budget is spent): pause it. Returns the end of the pause.</summary>
    public DateTimeOffset Throttled(TimeSpan? retryAfter, string reason)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            // The other requests in flight when the host started refusing come back refused too: one incident, not several.
            if (now < _blockedUntil)
            {
                if (retryAfter is { } later) BlockLocked(now + later, reason);
                return _blockedUntil;
            }
            if (now - _lastIncident > options.QuietReset) _incidents = 0;
            _incidents++;
            _lastIncident = now;
            TimeSpan pause;
            if (retryAfter is { } exact) pause = exact;
            else
            {
                var exponential = Math.Min(options.Max.TotalSeconds, options.Base.TotalSeconds * Math.Pow(2, _incidents - 1));
                // ±Jitter, so silos and restarts do not come back in step.
                pause = TimeSpan.FromSeconds(exponential * (1 - options.Jitter + 2 * options.Jitter * _random()));
            }
            BlockLocked(now + pause, reason);
            return _blockedUntil;
        }
    }

    /// <summary>Another silo was told to pause this host.</summary>
    public void Block(DateTimeOffset until, string reason)
    {
        lock (_lock) BlockLocked(until, reason);
    }

    /// <summary>The probe (or any request) got an answer that is not a throttle: the host is well again.</summary>
    public void Answered(bool isProbe)
    {
        lock (_lock)
        {
            if (!isProbe) return;
            _probing = false;
            _probeInFlight = false;
        }
    }

    /// <summary>The probe got no answer at all (transport failure): let the next request probe.</summary>
    public void ProbeLost()
    {
        lock (_lock) _probeInFlight = false;
    }

    private void BlockLocked(DateTimeOffset until, string reason)
    {
        if (until > _blockedUntil)
        {
            _blockedUntil = until;
            _reason = reason;
        }
        _probing = true;
        _probeInFlight = false;
    }
}
