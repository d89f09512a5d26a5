namespace HubCrawler.Grains;

/// <summary>Fans a host's Retry-After out to every silo. Holds no durable state: a lost block only
/// costs one more 429 on another silo, which then blocks itself.</summary>
[GrainType("hostbackoff")]
public sealed class HostBackoffGrain(TimeProvider time, ILogger<HostBackoffGrain> logger) : Grain, IHostBackoffGrain
{
    private static readonly TimeSpan ObserverLifetime = TimeSpan.FromMinutes(2);
    private readonly Dictionary<IHostBackoffObserver, DateTimeOffset> _observers = [];

    public Task Subscribe(IHostBackoffObserver observer)
    {
        _observers[observer] = time.GetUtcNow() + ObserverLifetime;
        return Task.CompletedTask;
    }

    public Task BlockUntil(DateTimeOffset until, string reason)
    {
        var now = time.GetUtcNow();
        foreach (var (observer, expires) in _observers.ToList())
        {
            if (expires < now)
            {
                _observers.Remove(observer);
                continue;
            }
            observer.BlockUntil(this.GetPrimaryKeyString(), until, reason).Ignore();
        }
        if (logger.IsEnabled(LogLevel.Information)) logger.HostPauseShared(this.GetPrimaryKeyString(), until, reason, _observers.Count);
        return Task.CompletedTask;
    }
}
