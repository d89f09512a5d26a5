using HubCrawler.Sources.Fetching;
using Microsoft.Extensions.Time.Testing;

namespace HubCrawler.Tests.Crawling;

/// <summary>The per-host gate's request spacing, on a fake clock the test moves.</summary>
public sealed class HostGateTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_clock_that_moves_past_the_reserved_start_lets_the_request_go_at_once()
    {
        // Every clock read moves time on by more than the spacing, as a loaded silo does between reserving a
        // turn and waiting for it: the wait must be clamped at zero, not handed to Task.Delay as a negative span.
        var clock = new FakeTimeProvider(Start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(150) };
        var gate = new HostGate(new HostLimits(4, 10), new ThrottleOptions(), clock);

        var turns = new List<GateTurn>();
        for (var i = 0; i < 4; i++) turns.Add(await gate.EnterAsync(CancellationToken.None));

        Assert.All(turns, turn => Assert.True(turn.MayGo));
        foreach (var turn in turns) turn.Dispose();
    }

    [Fact]
    public async Task Request_starts_are_spaced_by_the_rate_limit()
    {
        var clock = new FakeTimeProvider(Start);
        var gate = new HostGate(new HostLimits(4, 2), new ThrottleOptions(), clock);

        using var first = await gate.EnterAsync(CancellationToken.None);
        var second = gate.EnterAsync(CancellationToken.None);
        Assert.False(second.IsCompleted);

        clock.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        using var turn = await second;
        Assert.True(turn.MayGo);
    }

    [Fact]
    public async Task No_more_requests_than_the_host_allows_are_in_flight_and_waiters_go_in_arrival_order()
    {
        var clock = new FakeTimeProvider(Start);
        var gate = new HostGate(new HostLimits(2, 0), new ThrottleOptions(), clock);

        var first = await gate.EnterAsync(CancellationToken.None);
        var second = await gate.EnterAsync(CancellationToken.None);
        var third = gate.EnterAsync(CancellationToken.None);
        var fourth = gate.EnterAsync(CancellationToken.None);
        Assert.False(third.IsCompleted);
        Assert.False(fourth.IsCompleted);

        first.Dispose();
        using var thirdTurn = await third;
        Assert.True(thirdTurn.MayGo);
        Assert.False(fourth.IsCompleted);

        // A turn disposed twice frees its slot once.
        first.Dispose();
        Assert.False(fourth.IsCompleted);

        second.Dispose();
        using var fourthTurn = await fourth;
        Assert.True(fourthTurn.MayGo);
    }

    [Fact]
    public async Task A_request_cancelled_while_it_waits_for_a_slot_takes_none()
    {
        var clock = new FakeTimeProvider(Start);
        var gate = new HostGate(new HostLimits(1, 0), new ThrottleOptions(), clock);

        var first = await gate.EnterAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = gate.EnterAsync(cancel.Token);
        var next = gate.EnterAsync(CancellationToken.None);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        first.Dispose();
        using var nextTurn = await next;
        Assert.True(nextTurn.MayGo);
    }
}
