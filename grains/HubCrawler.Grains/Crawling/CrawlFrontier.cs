namespace HubCrawler.Grains.Crawling;

/// <summary>The crawl algorithm of one frontier partition, without Orleans: admission (each paper once, within
/// the budget the job grants), depth upgrades (a paper reached again by a shorter path is visited again with the
/// larger depth), the window of visits in flight, papers waiting for a host that asked to wait, retries of visits
/// whose call failed, counting, termination (nothing pending, no offer unapplied) and incremental checkpoints
/// (<see cref="TakeDelta"/>) with their restore (<see cref="Restore"/>).</summary>
public sealed class CrawlFrontier
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan DecreaseEvery = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Queue<string> _ready = new();
    private readonly PriorityQueue<string, DateTimeOffset> _deferred = new();
    private readonly HashSet<string> _skipped = new(StringComparer.Ordinal);
    private readonly List<CrawlFailure> _failures = [];
    private FrontierDelta _delta = new();
    private int _pending;
    private int _inFlight;
    private int _window;
    private DateTimeOffset _lastDecrease = DateTimeOffset.MinValue;

    public CrawlFrontier(FrontierSettings settings, int maxListedFailures = 100)
    {
        Settings = settings;
        MaxListedFailures = maxListedFailures;
        _window = MaxWindow;
        _delta.Settings = settings;
    }

    public FrontierSettings Settings { get; private set; }
    public int MaxListedFailures { get; }
    public FrontierCounters Counters { get; private set; } = new();
    public bool Cancelled { get; private set; }
    public int Admitted => _order.Count;
    public int Pending => _pending;
    public int InFlight => _inFlight;
    /// <summary>Visits that may be in flight now: the configured window, halved after each failed visit call and grown back by one per good one.</summary>
    public int Window => _window;
    private int MaxWindow => Math.Max(1, Settings.Window);
    public IReadOnlyList<CrawlFailure> Failures => _failures;

    /// <summary>How many of <paramref name="offers"/> are papers this partition has not admitted: the budget to ask the job for.</summary>
    public int CountNew(IEnumerable<FrontierOffer> offers)
    {
        if (Cancelled) return 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var offer in offers)
            if (!_entries.ContainsKey(offer.PaperId) && seen.Add(offer.PaperId)) count++;
        return count;
    }

    /// <summary>Admits up to <paramref name="granted"/> new papers of <paramref name="offers"/> (in order), raises the depth of
    /// known ones, and counts the new ones beyond the grant as skipped by budget. Returns the papers admitted.</summary>
    public int Apply(IEnumerable<FrontierOffer> offers, int granted)
    {
        if (Cancelled) return 0;
        var admitted = 0;
        foreach (var offer in offers)
        {
            if (_entries.TryGetValue(offer.PaperId, out var entry))
            {
                if (offer.Depth <= entry.Depth) continue;
                entry.Depth = offer.Depth;
                _delta.Upgraded.Add(offer with { KnownCitationCount = null });
                // In flight: its completion sees the larger depth and sends it again; waiting: its turn carries it.
                if (entry.State == EntryState.Done) Requeue(offer.PaperId, entry);
                continue;
            }
            if (granted <= admitted)
            {
                if (_skipped.Add(offer.PaperId)) Counters.SkippedByBudget++;
                continue;
            }
            Admit(offer);
            _delta.Admitted.Add(offer);
            admitted++;
        }
        return admitted;
    }

    /// <summary>The visits to send now: waiting papers whose time has come, while the window has room.</summary>
    public IReadOnlyList<FrontierDispatch> TakeDispatches(DateTimeOffset now)
    {
        if (Cancelled) return [];
        while (_deferred.TryPeek(out var id, out var at) && at <= now)
        {
            _deferred.Dequeue();
            if (_entries.TryGetValue(id, out var entry) && entry is { State: EntryState.Waiting, Deferred: true } && entry.NotBefore <= now)
            {
                entry.Deferred = false;
                entry.WaitingFor = null;
                _ready.Enqueue(id);
            }
        }
        var dispatches = new List<FrontierDispatch>();
        while (_inFlight < _window && _ready.TryDequeue(out var paperId))
        {
            if (!_entries.TryGetValue(paperId, out var entry) || entry.State != EntryState.Waiting || entry.Deferred) continue;
            entry.State = EntryState.InFlight;
            _inFlight++;
            dispatches.Add(new FrontierDispatch(paperId, entry.Depth, entry.KnownCitationCount));
        }
        return dispatches;
    }

    /// <summary>When the next deferred paper becomes due, if any.</summary>
    public DateTimeOffset? NextDue => _deferred.TryPeek(out _, out var at) ? at : null;

    /// <summary>Records a visit's answer.</summary>
    public void Complete(VisitResult result, DateTimeOffset now)
    {
        if (Cancelled || !_entries.TryGetValue(result.PaperId, out var entry) || entry.State != EntryState.InFlight) return;
        _inFlight--;
        if (_window < MaxWindow) _window++;
        AddSpend(result);

        if (result.Outcome == VisitOutcome.Throttled)
        {
            Counters.ThrottledVisits++;
            var wait = result.Wait;
            Defer(result.PaperId, entry, wait?.Until is { } until && until > now ? until : now + FirstRetry, wait);
            return;
        }

        if (!entry.Counted)
        {
            entry.Counted = true;
            _delta.Counted.Add(result.PaperId);
            Count(result);
        }
        if (entry.Depth > result.Depth)
        {
            // Reached again by a shorter path while this visit was in flight: visit again with the larger depth.
            entry.State = EntryState.Waiting;
            _ready.Enqueue(result.PaperId);
            return;
        }
        entry.State = EntryState.Done;
        entry.Attempts = 0;
        _pending--;
        _delta.Completed.Add(new FrontierOffer(result.PaperId, result.Depth));
    }

    /// <summary>A visit call failed (the activation failed, its silo died, it timed out): the paper waits a little and goes again,
    /// and the window shrinks, so a struggling storage or silo gets fewer activations at once. It halves at most once a
    /// second: failures come together (a dead silo fails every visit it held at once), and that is one signal, not many.</summary>
    public void VisitFailed(string paperId, DateTimeOffset now)
    {
        if (Cancelled || !_entries.TryGetValue(paperId, out var entry) || entry.State != EntryState.InFlight) return;
        _inFlight--;
        if (now - _lastDecrease >= DecreaseEvery)
        {
            _window = Math.Max(1, _window / 2);
            _lastDecrease = now;
        }
        Counters.VisitRetries++;
        entry.Attempts++;
        var delay = TimeSpan.FromMilliseconds(Math.Min(LastRetry.TotalMilliseconds, FirstRetry.TotalMilliseconds * Math.Pow(2, entry.Attempts - 1)));
        Defer(paperId, entry, now + delay, null);
    }

    /// <summary>Hosts that papers of this partition wait for.</summary>
    public IReadOnlyList<HostWait> Waiting(DateTimeOffset now)
    {
        var byHost = new Dictionary<string, HostWait>(StringComparer.Ordinal);
        foreach (var entry in _entries.Values)
        {
            if (entry is not { State: EntryState.Waiting, Deferred: true, WaitingFor: { } wait } || entry.NotBefore <= now) continue;
            byHost[wait.Host] = byHost.TryGetValue(wait.Host, out var known)
                ? known with { Papers = known.Papers + 1, Until = known.Until > entry.NotBefore ? known.Until : entry.NotBefore }
                : wait with { Papers = 1, Until = entry.NotBefore };
        }
        return byHost.Values.ToList();
    }

    /// <summary>Nothing pending: every admitted paper's visit completed (or the crawl was cancelled).</summary>
    public bool IsIdle => _pending == 0;

    public void Cancel()
    {
        if (Cancelled) return;
        Cancelled = true;
        _delta.Cancelled = true;
        _ready.Clear();
        _deferred.Clear();
        _pending = 0;
        _inFlight = 0;
    }

    /// <summary>Admitted papers in admission order, with their depth.</summary>
    public IReadOnlyList<CrawledPaper> Papers(int offset, int limit) =>
        _order.Skip(Math.Max(0, offset)).Take(Math.Max(0, limit)).Select(id => new CrawledPaper(id, _entries[id].Depth)).ToList();

    /// <summary>Whether there is anything to checkpoint.</summary>
    public bool HasChanges => !_delta.IsEmpty;

    /// <summary>What changed since the last call, with the counters as they are now; the caller appends it to the log.</summary>
    public FrontierDelta TakeDelta()
    {
        var delta = _delta;
        delta.Counters = Counters.Copy();
        _delta = new FrontierDelta();
        return delta;
    }

    /// <summary>Puts back a delta whose write failed, ahead of what changed since, so nothing is lost.</summary>
    public void ReturnDelta(FrontierDelta delta)
    {
        var later = _delta;
        delta.Admitted.AddRange(later.Admitted);
        delta.Upgraded.AddRange(later.Upgraded);
        delta.Completed.AddRange(later.Completed);
        delta.Counted.AddRange(later.Counted);
        delta.Failures.AddRange(later.Failures);
        delta.Cancelled |= later.Cancelled;
        delta.Settings ??= later.Settings;
        _delta = delta;
    }

    /// <summary>Rebuilds a partition from its log. Every paper not completed is waiting again (visits in flight at the crash are sent again).</summary>
    public static CrawlFrontier Restore(IEnumerable<FrontierDelta> log, int maxListedFailures = 100)
    {
        CrawlFrontier? frontier = null;
        foreach (var delta in log)
        {
            if (frontier is null)
            {
                if (delta.Settings is null) throw new InvalidDataException("The frontier log does not start with its settings.");
                frontier = new CrawlFrontier(delta.Settings, maxListedFailures);
                frontier._delta = new FrontierDelta();
            }
            frontier.Replay(delta);
        }
        if (frontier is null) throw new InvalidDataException("The frontier log is empty.");
        foreach (var id in frontier._order)
            if (frontier._entries[id].State == EntryState.Waiting) frontier._ready.Enqueue(id);
        return frontier;
    }

    private void Replay(FrontierDelta delta)
    {
        foreach (var offer in delta.Admitted)
            if (!_entries.ContainsKey(offer.PaperId)) Admit(offer, enqueue: false);
        foreach (var upgrade in delta.Upgraded)
        {
            if (!_entries.TryGetValue(upgrade.PaperId, out var entry) || upgrade.Depth <= entry.Depth) continue;
            entry.Depth = upgrade.Depth;
            if (entry.State == EntryState.Done)
            {
                entry.State = EntryState.Waiting;
                _pending++;
            }
        }
        foreach (var id in delta.Counted)
            if (_entries.TryGetValue(id, out var entry)) entry.Counted = true;
        foreach (var done in delta.Completed)
        {
            if (!_entries.TryGetValue(done.PaperId, out var entry) || entry.State == EntryState.Done || done.Depth < entry.Depth) continue;
            entry.State = EntryState.Done;
            _pending--;
        }
        foreach (var failure in delta.Failures)
            if (_failures.Count < MaxListedFailures) _failures.Add(failure);
        if (delta.Counters is { } counters) Counters = counters.Copy();
        if (delta.Cancelled) Cancel();
    }

    private void Admit(FrontierOffer offer, bool enqueue = true)
    {
        _entries[offer.PaperId] = new Entry { Depth = offer.Depth, KnownCitationCount = offer.KnownCitationCount };
        _order.Add(offer.PaperId);
        _pending++;
        if (enqueue) _ready.Enqueue(offer.PaperId);
    }

    private void Requeue(string paperId, Entry entry)
    {
        entry.State = EntryState.Waiting;
        _pending++;
        _ready.Enqueue(paperId);
    }

    private void Defer(string paperId, Entry entry, DateTimeOffset until, HostWait? wait)
    {
        entry.State = EntryState.Waiting;
        entry.Deferred = true;
        entry.NotBefore = until;
        entry.WaitingFor = wait;
        _deferred.Enqueue(paperId, until);
    }

    private void AddSpend(VisitResult result)
    {
        Counters.SourceRequests += result.Requests;
        Counters.Downloads += result.Downloads;
        Counters.PaperWrites += result.StorageWrites;
        foreach (var (kind, count) in result.RequestsByKind)
            Counters.RequestsByKind[kind] = Counters.RequestsByKind.GetValueOrDefault(kind) + count;
    }

    private void Count(VisitResult result)
    {
        switch (result.Outcome)
        {
            case VisitOutcome.Fetched: Counters.Fetched++; break;
            case VisitOutcome.FromCache: Counters.FromCache++; break;
            case VisitOutcome.Revalidated: Counters.Revalidated++; break;
            default:
                Counters.Failed++;
                var reason = result.Reason ?? "unknown";
                Counters.FailuresByReason[reason] = Counters.FailuresByReason.GetValueOrDefault(reason) + 1;
                if (_failures.Count < MaxListedFailures)
                {
                    var failure = new CrawlFailure(result.PaperId, reason, result.Message ?? reason);
                    _failures.Add(failure);
                    _delta.Failures.Add(failure);
                }
                break;
        }
    }

    private enum EntryState : byte { Waiting, InFlight, Done }

    private sealed class Entry
    {
        public int Depth;
        public int? KnownCitationCount;
        public EntryState State;
        public bool Counted;
        public bool Deferred;
        public int Attempts;
        public DateTimeOffset NotBefore;
        public HostWait? WaitingFor;
    }
}
