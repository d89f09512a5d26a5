using HubCrawler.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HubCrawler.Grains;

/// <summary>One crawl. Papers are admitted here, once each, within the budget; visits go out
/// one-way and papers report back, so no call chain ever waits on a subtree and cycles in the
/// graph cannot deadlock. The job is done when nothing is pending (termination by counting).</summary>
public sealed class CrawlJobGrain(
    [PersistentState("job", HubCrawlerStorage.Name)] IPersistentState<CrawlJobState> state,
    IOptions<CrawlOptions> options,
    TimeProvider time,
    ILogger<CrawlJobGrain> logger) : Grain, ICrawlJobGrain
{
    private readonly HashSet<string> _skipped = new(StringComparer.Ordinal);
    // Pending papers are either in flight (a visit was sent) or waiting for a slot in the window.
    private readonly HashSet<string> _inFlight = new(StringComparer.Ordinal);
    private readonly Queue<string> _waiting = new();
    private IGrainTimer? _timer;
    private IGrainTimer? _seedTimer;
    private bool _dirty;
    private DateTimeOffset _lastProgress;

    private string JobId => this.GetPrimaryKeyString();
    private CrawlJobState Job => state.State;
    private bool IsRunning => Job.Request is not null && Job.FinishedAt is null;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (IsRunning)
        {
            // Activated again after a restart: whatever was pending at the last checkpoint is sent again.
            logger.LogInformation("Job {JobId} resumes with {Pending} pending papers", JobId, Job.Pending.Count);
            StartTimer();
            if (Job.SeedsResolved)
            {
                foreach (var paperId in Job.Pending.Keys) _waiting.Enqueue(paperId);
                Pump();
            }
            else ScheduleSeedResolution();
        }
        return Task.CompletedTask;
    }

    public async Task<CrawlStatus> Start(CrawlRequest request)
    {
        if (Job.Request is not null) return Status();
        if (request.Validate() is { } error) throw new ArgumentException(error, nameof(request));

        Job.Request = request;
        Job.StartedAt = time.GetUtcNow();
        await state.WriteWithRetry(logger, options.Value.StorageRetryBudget);
        await GrainFactory.GetGrain<ICrawlRegistryGrain>(0).Register(new CrawlSummary(JobId, request, Job.StartedAt));
        StartTimer();
        ScheduleSeedResolution();
        return Status();
    }

    public Task Wake() => Task.CompletedTask;

    public Task<CrawlStatus?> GetStatus() => Task.FromResult(Job.Request is null ? null : Status());

    public async Task<CrawlStatus?> Cancel()
    {
        if (Job.Request is null) return null;
        if (IsRunning)
        {
            Job.Cancelled = true;
            Job.Pending.Clear();
            _inFlight.Clear();
            _waiting.Clear();
            await Finish();
        }
        return Status();
    }

    public Task<IReadOnlyList<CrawledPaper>> GetPapers(int offset, int limit) =>
        Task.FromResult<IReadOnlyList<CrawledPaper>>(Job.Admitted
            .Skip(Math.Max(0, offset))
            .Take(Math.Clamp(limit, 0, 10_000))
            .Select(p => new CrawledPaper(p.Key, p.Value))
            .ToList());

    public Task Report(VisitReport report)
    {
        if (!IsRunning || !Job.Pending.TryGetValue(report.PaperId, out var wanted)) return Task.CompletedTask;
        _lastProgress = time.GetUtcNow();
        _dirty = true;

        Job.SourceRequests += report.Requests;
        Job.Downloads += report.Downloads;
        if (Job.Counted.Add(report.PaperId)) Count(report);

        if (wanted > report.Depth)
        {
            // Reached again by a shorter path while this visit was in flight: visit again with the larger depth.
            Dispatch(report.PaperId, wanted);
            return Task.CompletedTask;
        }

        Job.Pending.Remove(report.PaperId);
        _inFlight.Remove(report.PaperId);
        if (report.Depth > 0 && !Job.Cancelled)
            foreach (var citing in report.CitingPaperIds)
                Admit(citing, report.Depth - 1);
        Pump();

        return Job.Pending.Count == 0 && Job.SeedsResolved ? Finish() : Task.CompletedTask;
    }

    // Seeds may need the source to resolve, so the caller gets its answer without waiting for that.
    // A non-interleaving timer tick runs it as a turn of its own, never beside a report.
    private void ScheduleSeedResolution() =>
        _seedTimer ??= this.RegisterGrainTimer(ResolveSeedsAndDispatch, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));

    private async Task ResolveSeedsAndDispatch(CancellationToken cancellationToken)
    {
        _seedTimer?.Dispose();
        var directory = GrainFactory.GetGrain<IPaperDirectoryGrain>(0);
        var seeds = Job.Request!.Seeds.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var resolutions = await Task.WhenAll(seeds.Select(async seed => (Seed: seed, Resolution: await ResolveSeed(directory, seed))));
        if (!IsRunning) return;

        Job.SeedErrors.Clear();
        foreach (var (seed, resolution) in resolutions)
        {
            if (resolution.CanonicalId is { } canonical) Admit(canonical, Job.Request.Depth);
            else Job.SeedErrors.Add(new CrawlFailure(seed, ReasonOf(resolution.Error), resolution.Message ?? "could not be resolved"));
        }
        Pump();
        Job.SeedsResolved = true;
        _dirty = true;
        if (Job.Pending.Count == 0) await Finish();
        else await Checkpoint();
    }

    private async Task<AliasResolution> ResolveSeed(IPaperDirectoryGrain directory, string seed)
    {
        try
        {
            return await directory.Resolve(seed);
        }
        catch (Exception e)
        {
            return new AliasResolution { Error = LookupErrorKind.SourceFailed, Message = e.Message };
        }
    }

    private void Admit(string paperId, int depth)
    {
        if (Job.Admitted.TryGetValue(paperId, out var admittedDepth))
        {
            if (admittedDepth >= depth) return;
            Job.Admitted[paperId] = depth;
            var pending = Job.Pending.ContainsKey(paperId);
            Job.Pending[paperId] = depth;
            // Still pending: its report (or its turn in the window) carries the larger depth.
            if (!pending) _waiting.Enqueue(paperId);
            return;
        }
        if (Job.Admitted.Count >= Job.Request!.MaxPapers)
        {
            if (_skipped.Add(paperId)) Job.SkippedByBudget++;
            return;
        }
        Job.Admitted[paperId] = depth;
        Job.Pending[paperId] = depth;
        _waiting.Enqueue(paperId);
    }

    /// <summary>Sends waiting visits while the window has room.</summary>
    private void Pump()
    {
        var window = Math.Max(1, options.Value.MaxVisitsInFlight);
        while (_inFlight.Count < window && _waiting.TryDequeue(out var paperId))
        {
            if (!Job.Pending.TryGetValue(paperId, out var depth) || !_inFlight.Add(paperId)) continue;
            Dispatch(paperId, depth);
        }
    }

    private void Dispatch(string paperId, int depth) =>
        GrainFactory.GetGrain<IPaperGrain>(paperId).Visit(JobId, depth).Ignore();

    private void ResendInFlight()
    {
        foreach (var paperId in _inFlight.ToList())
            if (Job.Pending.TryGetValue(paperId, out var depth)) Dispatch(paperId, depth);
        _lastProgress = time.GetUtcNow();
    }

    private void Count(VisitReport report)
    {
        switch (report.Outcome)
        {
            case VisitOutcome.Fetched: Job.Fetched++; break;
            case VisitOutcome.FromCache: Job.FromCache++; break;
            case VisitOutcome.Revalidated: Job.Revalidated++; break;
            default:
                Job.Failed++;
                var reason = report.Reason ?? "unknown";
                Job.FailuresByReason[reason] = Job.FailuresByReason.GetValueOrDefault(reason) + 1;
                if (Job.Failures.Count < options.Value.MaxListedFailures)
                    Job.Failures.Add(new CrawlFailure(report.PaperId, reason, report.Message ?? reason));
                break;
        }
    }

    private async Task Finish()
    {
        Job.FinishedAt = time.GetUtcNow();
        _timer?.Dispose();
        _timer = null;
        await state.WriteWithRetry(logger, options.Value.StorageRetryBudget);
        _dirty = false;
        await GrainFactory.GetGrain<ICrawlRegistryGrain>(0).Finished(JobId);
        logger.LogInformation("Job {JobId} finished: {Admitted} papers, {Fetched} fetched, {FromCache} from cache, {Failed} failed",
            JobId, Job.Admitted.Count, Job.Fetched, Job.FromCache, Job.Failed);
    }

    private void StartTimer()
    {
        _lastProgress = time.GetUtcNow();
        var interval = options.Value.CheckpointInterval;
        _timer ??= this.RegisterGrainTimer(OnTimer, new GrainTimerCreationOptions(interval, interval) { KeepAlive = true });
    }

    private async Task OnTimer(CancellationToken cancellationToken)
    {
        if (!IsRunning) return;
        if (Job.SeedsResolved && Job.Pending.Count > 0 && time.GetUtcNow() - _lastProgress > options.Value.StallTimeout)
        {
            logger.LogWarning("Job {JobId} heard nothing for {Timeout}; sending {InFlight} visits in flight again", JobId, options.Value.StallTimeout, _inFlight.Count);
            ResendInFlight();
        }
        await Checkpoint();
    }

    private async Task Checkpoint()
    {
        if (!_dirty) return;
        _dirty = false;
        await state.WriteWithRetry(logger, options.Value.StorageRetryBudget);
    }

    private CrawlStatus Status() => new()
    {
        JobId = JobId,
        Request = Job.Request!,
        Discovered = Job.Admitted.Count,
        Fetched = Job.Fetched,
        FromCache = Job.FromCache,
        Failed = Job.Failed,
        Pending = Job.Pending.Count,
        SkippedByBudget = Job.SkippedByBudget,
        Done = Job.FinishedAt is not null,
        Cancelled = Job.Cancelled,
        StartedAt = Job.StartedAt,
        FinishedAt = Job.FinishedAt,
        FailuresByReason = new Dictionary<string, int>(Job.FailuresByReason),
        Failures = Job.Failures.ToList(),
        SeedErrors = Job.SeedErrors.ToList(),
        Revalidated = Job.Revalidated,
        SourceRequests = Job.SourceRequests,
        Downloads = Job.Downloads,
    };

    private static string ReasonOf(LookupErrorKind error) => error switch
    {
        LookupErrorKind.InvalidInput => "invalid-id",
        LookupErrorKind.NotFound => "not-found",
        _ => "source-failed",
    };
}
