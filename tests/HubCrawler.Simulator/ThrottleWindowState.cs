namespace HubCrawler.Simulator;

/// <summary>A snapshot of the sustained throttle window of a <see cref="SimulatorFaults"/>.</summary>
/// <param name="Scope">The APIs the window applies to; <see cref="ThrottleScope.None"/> when no window is set.</param>
/// <param name="Start">When the window opened (per <see cref="SimulatorFaults.TimeProvider"/>); null while none is set or it waits for its first request.</param>
/// <param name="End">When the window closes (exclusive); null like <paramref name="Start"/>.</param>
/// <param name="PendingRequests">Requests in scope still to be answered normally before the window opens; null once it is open or when none is set.</param>
/// <param name="ThrottledRequests">Requests answered 429 by this window since it was set.</param>
/// <param name="Active">Whether a request in scope arriving now would be throttled.</param>
public sealed record ThrottleWindowState(
    ThrottleScope Scope,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    int? PendingRequests,
    long ThrottledRequests,
    bool Active);
