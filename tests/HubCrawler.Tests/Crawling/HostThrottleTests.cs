using HubCrawler.Sources.Fetching;
using Microsoft.Extensions.Time.Testing;

namespace HubCrawler.Tests.Crawling;

/// <summary>The pause policy for hosts that ask to wait, on a clock the test moves.</summary>
public sealed class HostThrottleTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static (HostThrottle Throttle, FakeTimeProvider Clock) New(double jitterDraw = 0.5)
    {
        var clock = new FakeTimeProvider(Start);
        return (new HostThrottle(new ThrottleOptions(), clock, () => jitterDraw), clock);
    }

    [Fact]
    public void Without_Retry_After_the_pause_starts_at_a_minute_and_doubles_to_the_cap()
    {
        var (throttle, clock) = New();
        var pauses = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var until = throttle.Throttled(null, "429 without Retry-After");
            pauses.Add((until - clock.GetUtcNow()).TotalSeconds);
            clock.Advance(until - clock.GetUtcNow());
        }
        Assert.Equal([60, 120, 240, 480, 960, 1800, 1800], pauses);
    }

    [Fact]
    public void Refusals_of_requests_already_in_flight_are_one_incident()
    {
        var (throttle, clock) = New();
        var first = throttle.Throttled(null, "429 without Retry-After");
        clock.Advance(TimeSpan.FromMilliseconds(30));
        Assert.Equal(first, throttle.Throttled(null, "429 without Retry-After"));
        Assert.Equal(first, throttle.Throttled(null, "429 without Retry-After"));
        Assert.Equal(1, throttle.Incidents);
        clock.Advance(first - clock.GetUtcNow());
        Assert.Equal(clock.GetUtcNow().AddSeconds(120), throttle.Throttled(null, "429 without Retry-After"));
        Assert.Equal(2, throttle.Incidents);
    }

    [Fact]
    public void Jitter_moves_a_pause_by_at_most_a_fifth_either_way()
    {
        var (low, _) = New(jitterDraw: 0);
        var (high, _) = New(jitterDraw: 1);
        Assert.Equal(Start.AddSeconds(48), low.Throttled(null, "429"));
        Assert.Equal(Start.AddSeconds(72), high.Throttled(null, "429"));
    }

    [Fact]
    public void Retry_After_is_waited_exactly_however_long()
    {
        var (throttle, _) = New();
        Assert.Equal(Start.AddSeconds(7), throttle.Throttled(TimeSpan.FromSeconds(7), "429 with Retry-After 7 s"));
        Assert.Equal(Start.AddHours(9), throttle.Throttled(TimeSpan.FromHours(9), "budget spent"));
    }

    [Fact]
    public void After_a_quiet_half_hour_the_doubling_starts_again()
    {
        var (throttle, clock) = New();
        throttle.Throttled(null, "429");
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(clock.GetUtcNow().AddSeconds(120), throttle.Throttled(null, "429"));
        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(clock.GetUtcNow().AddSeconds(60), throttle.Throttled(null, "429"));
    }

    [Fact]
    public void Nothing_passes_during_a_pause_and_afterwards_one_probe_goes_first()
    {
        var (throttle, clock) = New();
        Assert.True(throttle.TryPass(out _, out _, out var probe));
        Assert.False(probe);
        var until = throttle.Throttled(null, "429 without Retry-After");

        Assert.False(throttle.TryPass(out var wait, out var reason, out _));
        Assert.Equal(until, wait);
        Assert.Equal("429 without Retry-After", reason);

        clock.Advance(until - clock.GetUtcNow());
        Assert.True(throttle.TryPass(out _, out _, out probe));
        Assert.True(probe);
        Assert.False(throttle.TryPass(out wait, out _, out _));
        Assert.Equal(clock.GetUtcNow().AddSeconds(1), wait);

        throttle.Answered(isProbe: true);
        Assert.True(throttle.TryPass(out _, out _, out probe));
        Assert.False(probe);
    }

    [Fact]
    public void A_probe_that_is_throttled_again_doubles_the_pause_and_a_lost_probe_lets_the_next_request_probe()
    {
        var (throttle, clock) = New();
        var first = throttle.Throttled(null, "429");
        clock.Advance(first - clock.GetUtcNow());
        Assert.True(throttle.TryPass(out _, out _, out var probe) && probe);
        var second = throttle.Throttled(null, "429");
        Assert.Equal(clock.GetUtcNow().AddSeconds(120), second);

        clock.Advance(second - clock.GetUtcNow());
        Assert.True(throttle.TryPass(out _, out _, out probe) && probe);
        throttle.ProbeLost();
        Assert.True(throttle.TryPass(out _, out _, out probe) && probe);
    }

    [Fact]
    public void A_pause_another_silo_was_told_holds_here_too()
    {
        var (throttle, clock) = New();
        throttle.Block(Start.AddSeconds(90), "429 without Retry-After (another silo)");
        Assert.False(throttle.TryPass(out var wait, out var reason, out _));
        Assert.Equal(Start.AddSeconds(90), wait);
        Assert.Contains("another silo", reason);
        clock.Advance(TimeSpan.FromSeconds(90));
        Assert.True(throttle.TryPass(out _, out _, out var probe) && probe);
    }

    [Fact]
    public void Looking_whether_a_request_is_held_does_not_claim_the_probe()
    {
        var (throttle, clock) = New();
        var until = throttle.Throttled(null, "429");
        Assert.True(throttle.IsHeld(out var wait, out _));
        Assert.Equal(until, wait);
        clock.Advance(until - clock.GetUtcNow());
        Assert.False(throttle.IsHeld(out _, out _));
        Assert.False(throttle.IsHeld(out _, out _));
        Assert.True(throttle.TryPass(out _, out _, out var probe) && probe);
        Assert.True(throttle.IsHeld(out _, out _));
    }
}
