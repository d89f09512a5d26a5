namespace HubCrawler.Simulator;

/// <summary>
/// The credits spent against <see cref="SimulatorFaults.OpenAlexDailyBudget"/> on the current UTC day of the clock
/// it is given; the count starts again at midnight UTC, as OpenAlex's does.
/// </summary>
internal sealed class OpenAlexBudget(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private DateOnly _day;
    private long _used;

    /// <summary>Credits spent today.</summary>
    public long UsedToday()
    {
        lock (_gate)
        {
            RollOver(clock.GetUtcNow());
            return _used;
        }
    }

    /// <summary>
    /// Spends <paramref name="cost"/> credits of a daily <paramref name="limit"/> when that many remain; otherwise
    /// spends nothing and refuses.
    /// </summary>
    public OpenAlexCharge TryCharge(long limit, int cost)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            RollOver(now);
            var allowed = _used + cost <= limit;
            if (allowed)
            {
                _used += cost;
            }

            return new OpenAlexCharge(allowed, limit, Math.Max(0, limit - _used), allowed ? cost : 0, SecondsToReset(now));
        }
    }

    /// <summary>What the headers would say for a request that is not charged (answered before the budget is asked).</summary>
    public OpenAlexCharge Peek(long limit)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            RollOver(now);
            return new OpenAlexCharge(true, limit, Math.Max(0, limit - _used), 0, SecondsToReset(now));
        }
    }

    /// <summary>Forgets today's spending.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _used = 0;
        }
    }

    private void RollOver(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (today != _day)
        {
            (_day, _used) = (today, 0);
        }
    }

    /// <summary>Whole seconds (rounded up) from <paramref name="now"/> to the next midnight UTC; 86,400 at midnight.</summary>
    private static long SecondsToReset(DateTimeOffset now)
    {
        var utc = now.UtcDateTime;
        var midnight = utc.Date.AddDays(1);
        return (long)Math.Ceiling((midnight - utc).TotalSeconds);
    }
}
