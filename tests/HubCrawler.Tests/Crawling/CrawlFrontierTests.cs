using HubCrawler.Grains.Crawling;

namespace HubCrawler.Tests.Crawling;

/// <summary>The frontier algorithm without a cluster: admission, budget, depth upgrade, window, waiting for a host,
/// retries, termination, and incremental checkpoints that restore to the same frontier.</summary>
public sealed class CrawlFrontierTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static CrawlFrontier New(int window = 4) => new(new FrontierSettings { JobId = "job", Partition = 0, Partitions = 1, Window = window });

    private static VisitResult Done(string id, int depth, VisitOutcome outcome = VisitOutcome.Fetched, int requests = 1) =>
        new() { PaperId = id, Depth = depth, Outcome = outcome, Requests = requests, RequestsByKind = new Dictionary<string, int> { ["semanticscholar/citations"] = requests } };

    [Fact]
    public void Admits_each_paper_once_and_counts_only_new_papers_for_budget()
    {
        var frontier = New();
        FrontierOffer[] offers = [new("a", 2), new("b", 2), new("a", 1)];
        Assert.Equal(2, frontier.CountNew(offers));
        Assert.Equal(2, frontier.Apply(offers, 2));
        Assert.Equal(0, frontier.CountNew([new("a", 1), new("b", 0)]));
        Assert.Equal(2, frontier.Admitted);
        Assert.Equal(2, frontier.Pending);
    }

    [Fact]
    public void Papers_beyond_the_grant_are_skipped_by_budget_once_each()
    {
        var frontier = New();
        Assert.Equal(1, frontier.Apply([new("a", 1), new("b", 1), new("c", 1)], granted: 1));
        frontier.Apply([new("b", 1), new("c", 1)], granted: 0);
        Assert.Equal(1, frontier.Admitted);
        Assert.Equal(2, frontier.Counters.SkippedByBudget);
        Assert.Equal(["a"], frontier.Papers(0, 10).Select(p => p.PaperId));
    }

    [Fact]
    public void The_window_bounds_visits_in_flight_and_completions_let_more_go()
    {
        var frontier = New(window: 2);
        frontier.Apply([new("a", 0), new("b", 0), new("c", 0)], 3);
        var first = frontier.TakeDispatches(Now);
        Assert.Equal(["a", "b"], first.Select(d => d.PaperId));
        Assert.Empty(frontier.TakeDispatches(Now));
        frontier.Complete(Done("a", 0), Now);
        Assert.Equal(["c"], frontier.TakeDispatches(Now).Select(d => d.PaperId));
        frontier.Complete(Done("b", 0), Now);
        frontier.Complete(Done("c", 0), Now);
        Assert.True(frontier.IsIdle);
        Assert.Equal(3, frontier.Counters.Fetched);
        Assert.Equal(3, frontier.Counters.SourceRequests);
        Assert.Equal(3, frontier.Counters.RequestsByKind["semanticscholar/citations"]);
    }

    [Fact]
    public void A_paper_reached_by_a_shorter_path_while_in_flight_is_visited_again_with_the_larger_depth_and_counted_once()
    {
        var frontier = New();
        frontier.Apply([new("a", 1)], 1);
        Assert.Equal(1, Assert.Single(frontier.TakeDispatches(Now)).Depth);
        frontier.Apply([new("a", 3)], 0);
        frontier.Complete(Done("a", 1), Now);
        Assert.False(frontier.IsIdle);
        var again = Assert.Single(frontier.TakeDispatches(Now));
        Assert.Equal(3, again.Depth);
        frontier.Complete(Done("a", 3), Now);
        Assert.True(frontier.IsIdle);
        Assert.Equal(1, frontier.Counters.Fetched);
    }

    [Fact]
    public void A_done_paper_reached_with_a_larger_depth_is_pending_again()
    {
        var frontier = New();
        frontier.Apply([new("a", 0)], 1);
        frontier.TakeDispatches(Now);
        frontier.Complete(Done("a", 0), Now);
        Assert.True(frontier.IsIdle);
        frontier.Apply([new("a", 0)], 0);
        Assert.True(frontier.IsIdle);
        frontier.Apply([new("a", 2)], 0);
        Assert.Equal(1, frontier.Pending);
        Assert.Equal(2, Assert.Single(frontier.TakeDispatches(Now)).Depth);
    }

    [Fact]
    public void A_throttled_paper_waits_for_its_host_and_is_not_counted_as_failed()
    {
        var frontier = New();
        frontier.Apply([new("a", 0)], 1);
        frontier.TakeDispatches(Now);
        var until = Now.AddSeconds(60);
        frontier.Complete(new VisitResult
        {
            PaperId = "a",
            Depth = 0,
            Outcome = VisitOutcome.Throttled,
            Wait = new HostWait { Host = "api.example", Until = until, Reason = "429 without Retry-After" },
        }, Now);

        Assert.Equal(0, frontier.Counters.Failed);
        Assert.Equal(1, frontier.Counters.ThrottledVisits);
        Assert.Equal(1, frontier.Pending);
        var wait = Assert.Single(frontier.Waiting(Now));
        Assert.Equal(("api.example", until, 1, "429 without Retry-After"), (wait.Host, wait.Until, wait.Papers, wait.Reason));
        Assert.Empty(frontier.TakeDispatches(Now.AddSeconds(59)));
        Assert.Equal(until, frontier.NextDue);
        Assert.Equal("a", Assert.Single(frontier.TakeDispatches(until)).PaperId);
        Assert.Empty(frontier.Waiting(until));
    }

    [Fact]
    public void A_failed_visit_call_goes_again_within_seconds_and_halves_the_window()
    {
        var frontier = New(window: 8);
        frontier.Apply([new("a", 0), new("b", 0)], 2);
        frontier.TakeDispatches(Now);
        frontier.VisitFailed("a", Now);
        Assert.Equal(4, frontier.Window);
        Assert.Equal(1, frontier.Counters.VisitRetries);
        Assert.Empty(frontier.TakeDispatches(Now.AddMilliseconds(500)));
        Assert.Equal("a", Assert.Single(frontier.TakeDispatches(Now.AddSeconds(1))).PaperId);
        frontier.Complete(Done("b", 0), Now);
        Assert.Equal(5, frontier.Window);
    }

    [Fact]
    public void Failures_that_come_together_halve_the_window_once()
    {
        var frontier = New(window: 64);
        frontier.Apply(Enumerable.Range(0, 64).Select(i => new FrontierOffer($"p{i}", 0)), 64);
        var sent = frontier.TakeDispatches(Now);
        // A silo dies holding 40 of the visits: every call fails within the same moment.
        foreach (var d in sent.Take(40)) frontier.VisitFailed(d.PaperId, Now.AddMilliseconds(10));
        Assert.Equal(32, frontier.Window);
        frontier.VisitFailed(sent[40].PaperId, Now.AddSeconds(1.5));
        Assert.Equal(16, frontier.Window);
    }

    [Fact]
    public void Failures_are_counted_by_reason()
    {
        var frontier = New();
        frontier.Apply([new("a", 0)], 1);
        frontier.TakeDispatches(Now);
        frontier.Complete(new VisitResult { PaperId = "a", Depth = 0, Outcome = VisitOutcome.Failed, Reason = "not-found", Message = "no such paper" }, Now);
        Assert.Equal(1, frontier.Counters.Failed);
        Assert.Equal(1, frontier.Counters.FailuresByReason["not-found"]);
        Assert.Equal("no such paper", Assert.Single(frontier.Failures).Message);
        Assert.True(frontier.IsIdle);
    }

    [Fact]
    public void Cancel_drops_what_is_waiting()
    {
        var frontier = New(window: 1);
        frontier.Apply([new("a", 0), new("b", 0)], 2);
        frontier.TakeDispatches(Now);
        frontier.Cancel();
        Assert.True(frontier.IsIdle);
        Assert.Empty(frontier.TakeDispatches(Now));
        frontier.Complete(Done("a", 0), Now);
        Assert.Equal(0, frontier.Pending);
        Assert.Equal(0, frontier.CountNew([new("c", 0)]));
    }

    [Fact]
    public void A_checkpoint_holds_only_what_changed_since_the_last_one()
    {
        var frontier = New();
        frontier.Apply(Enumerable.Range(0, 1000).Select(i => new FrontierOffer($"p{i}", 1)), 1000);
        var first = frontier.TakeDelta();
        Assert.NotNull(first.Settings);
        Assert.Equal(1000, first.Admitted.Count);
        Assert.False(frontier.HasChanges);

        var dispatched = frontier.TakeDispatches(Now);
        foreach (var d in dispatched) frontier.Complete(Done(d.PaperId, d.Depth), Now);
        frontier.Apply([new("p0", 1), new("new", 0)], 1);
        var second = frontier.TakeDelta();
        Assert.Null(second.Settings);
        Assert.Equal(["new"], second.Admitted.Select(a => a.PaperId));
        Assert.Equal(dispatched.Count, second.Completed.Count);
        Assert.Equal(dispatched.Count, second.Counted.Count);
        Assert.Equal(dispatched.Count, second.Counters!.Fetched);
    }

    [Fact]
    public void Restore_replays_the_checkpoints_into_the_same_frontier_and_visits_again_what_was_in_flight()
    {
        var frontier = New(window: 3);
        var log = new List<FrontierDelta>();
        frontier.Apply([new("a", 2), new("b", 1), new("c", 1), new("d", 0, KnownCitationCount: 7)], 4);
        log.Add(frontier.TakeDelta());
        var first = frontier.TakeDispatches(Now);
        Assert.Equal(["a", "b", "c"], first.Select(d => d.PaperId));
        frontier.Complete(Done("a", 2), Now);
        frontier.Complete(Done("b", 1, VisitOutcome.Failed), Now);
        frontier.Apply([new("b", 2)], 0);          // b done, upgraded: pending again
        frontier.Apply([new("e", 0)], 0);          // over budget
        log.Add(frontier.TakeDelta());
        // c is in flight at the "crash"; its completion was never written.

        var restored = CrawlFrontier.Restore(log);
        Assert.Equal(frontier.Admitted, restored.Admitted);
        Assert.Equal(3, restored.Pending);          // b (upgraded), c (in flight), d (waiting)
        Assert.Equal(0, restored.InFlight);
        Assert.Equal(frontier.Counters.Fetched, restored.Counters.Fetched);
        Assert.Equal(1, restored.Counters.Failed);
        Assert.Equal(1, restored.Counters.SkippedByBudget);
        Assert.Equal("b", Assert.Single(restored.Failures).PaperId);
        var again = restored.TakeDispatches(Now).ToDictionary(d => d.PaperId);
        Assert.Equal(["b", "c", "d"], again.Keys.Order());
        Assert.Equal(2, again["b"].Depth);
        Assert.Equal(7, again["d"].KnownCitationCount);

        // The restored frontier goes on and checkpoints only its own changes.
        Assert.False(restored.HasChanges);
        foreach (var d in again.Values) restored.Complete(Done(d.PaperId, d.Depth), Now);
        Assert.True(restored.IsIdle);
        Assert.Equal(1, restored.Counters.Failed);  // b counted once, though visited twice
        var after = restored.TakeDelta();
        Assert.Empty(after.Admitted);
        Assert.Equal(3, after.Completed.Count);
    }

    [Fact]
    public void A_checkpoint_whose_write_failed_is_put_back_ahead_of_later_changes()
    {
        var frontier = New();
        frontier.Apply([new("a", 0)], 1);
        var failed = frontier.TakeDelta();
        frontier.Apply([new("b", 0)], 1);
        frontier.ReturnDelta(failed);
        var delta = frontier.TakeDelta();
        Assert.Equal(["a", "b"], delta.Admitted.Select(a => a.PaperId));
        Assert.NotNull(delta.Settings);
        Assert.Equal(2, CrawlFrontier.Restore([delta]).Pending);
    }
}
