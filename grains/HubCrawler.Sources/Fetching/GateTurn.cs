using System.Threading.RateLimiting;

namespace HubCrawler.Sources.Fetching;

/// <summary>A request's turn at a host gate: it may go (dispose when its response is read), or the host is paused until <see cref="Until"/>.</summary>
internal sealed class GateTurn : IDisposable
{
    private RateLimitLease? _slot;

    private GateTurn(RateLimitLease? slot, bool isProbe, DateTimeOffset until, string reason)
    {
        _slot = slot;
        IsProbe = isProbe;
        Until = until;
        Reason = reason;
    }

    public bool MayGo => _slot is not null;
    /// <summary>The request goes first after a pause; its answer decides whether the pause is over.</summary>
    public bool IsProbe { get; }
    public DateTimeOffset Until { get; }
    public string Reason { get; }

    public static GateTurn Pass(RateLimitLease slot, bool isProbe) => new(slot, isProbe, default, "");

    public static GateTurn Refused(DateTimeOffset until, string reason) => new(null, false, until, reason);

    public void Dispose() => Interlocked.Exchange(ref _slot, null)?.Dispose();
}
