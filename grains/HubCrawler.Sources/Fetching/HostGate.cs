using System.Threading.RateLimiting;

namespace HubCrawler.Sources.Fetching;

/// <summary>The per-host politeness gate: bounds requests in flight (a <see cref="ConcurrencyLimiter"/>, first come
/// first served), spaces request starts to the rate limit, and keeps every request away while the host is paused
/// (<see cref="HostThrottle"/>). A pause longer than <see cref="ThrottleOptions.WaitInline"/> is not waited out here:
/// the turn says until when, and the caller's paper goes back to its crawl to wait, holding no slot and no thread.</summary>
/// <remarks>The spacing is written here, not taken from a replenishing limiter: those refill on a fixed period (a
/// token bucket of one token lets two requests go a moment apart across a refill), while a source that allows one
/// request a second wants every two starts a second apart; and they read the machine's clock, not a
/// <see cref="TimeProvider"/> (dotnet/runtime#106447), so the spacing could not be tested on a fake clock.</remarks>
internal sealed class HostGate(HostLimits limits, ThrottleOptions throttleOptions, TimeProvider time) : IDisposable
{
    private readonly ConcurrencyLimiter _slots = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, limits.MaxConcurrency),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });
    private TimeSpan _interval = IntervalFor(limits.RequestsPerSecond, 1);
    private readonly Lock _lock = new();
    private DateTimeOffset _nextStart = DateTimeOffset.MinValue;

    public HostThrottle Throttle { get; } = new(throttleOptions, time);

    public void Dispose() => _slots.Dispose();

    /// <summary>Takes this silo's share of the host's rate when <paramref name="silos"/> silos fetch from it.</summary>
    public void ShareWith(int silos)
    {
        lock (_lock) _interval = IntervalFor(limits.RequestsPerSecond, Math.Max(1, silos));
    }

    private static TimeSpan IntervalFor(double requestsPerSecond, int silos) =>
        requestsPerSecond > 0 ? TimeSpan.FromSeconds(silos / requestsPerSecond) : TimeSpan.Zero;

    /// <summary>Waits for a slot and for this request's turn in the rate schedule. Dispose the turn when the response is read.</summary>
    public async Task<GateTurn> EnterAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (Throttle.IsHeld(out var until, out var reason))
            {
                var wait = until - time.GetUtcNow();
                if (wait > throttleOptions.WaitInline) return GateTurn.Refused(until, reason);
                if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken);
                continue;
            }
            var slot = await _slots.AcquireAsync(1, cancellationToken);
            // The queue has no limit, so only a disposed gate refuses a slot.
            ObjectDisposedException.ThrowIf(!slot.IsAcquired, this);
            var held = true;
            try
            {
                TimeSpan delay;
                lock (_lock)
                {
                    var now = time.GetUtcNow();
                    var start = _nextStart > now ? _nextStart : now;
                    // Reserve the slot in the rate schedule so waiters queue behind each other.
                    _nextStart = start + _interval;
                    delay = start - now;
                }
                if (delay > TimeSpan.Zero) await Task.Delay(delay, time, cancellationToken);
                // A pause may have begun while this request waited for its turn: ask again before sending.
                if (Throttle.TryPass(out until, out reason, out var isProbe))
                {
                    held = false;
                    return GateTurn.Pass(slot, isProbe);
                }
                slot.Dispose();
                held = false;
                var remaining = until - time.GetUtcNow();
                if (remaining > throttleOptions.WaitInline) return GateTurn.Refused(until, reason);
                if (remaining > TimeSpan.Zero) await Task.Delay(remaining, time, cancellationToken);
            }
            finally
            {
                if (held) slot.Dispose();
            }
        }
    }
}
