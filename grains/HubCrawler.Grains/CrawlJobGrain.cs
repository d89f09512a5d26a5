namespace HubCrawler.Grains;

/// <summary>One crawl. Resolves the seeds, starts the crawl's frontier partitions (the papers, split by key, live there),
/// grants them budget for new papers, and sums their summaries into the crawl's status. It learns that the crawl is
/// done by counting: every partition's latest summary has nothing pending and no offer unapplied, and has applied
/// every admission batch the job granted it. Papers become pending only in a granted batch, so a summary taken
/// before some batch was applied cannot hide that batch's papers: the batch count tells. The job's own state is a
/// few counters and one summary a partition, whatever the crawl's size.</summary>
[GrainType("crawljob")]
public sealed class CrawlJobGrain(
    [PersistentState("job", HubCrawlerStorage.Name)] IPersistentState<CrawlJobState> state,
    IOptions<CrawlOptions> options,
    SourceRates rates,
    TimeProvider time,
    ILogger<CrawlJobGrain> logger) : Grain, ICrawlJobGrain
{
    private static readonly TimeSpan QuietPartition = TimeSpan.FromSeconds(5);

    private readonly Dictionary<int, DateTimeOffset> _heardFrom = [];
    private IGrainTimer? _timer;
    private IGrainTimer? _seedTimer;
    private bool _dirty;

    private string JobId => this.GetPrimaryKeyString();
    private CrawlJobState Job => state.State;
    private bool IsRunning => Job.Request is not null && Job.FinishedAt is null;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!IsRunning) return;
        logger.JobResumes(JobId);
        StartTimer();
        if (!Job.SeedsResolved)
        {
            ScheduleSeedResolution();
            return;
        }
        // Wakes the partitions (each resumes from its log) and counts what they admitted since the last checkpoint of this job.
        // A partition that does not answer now is asked again by the timer; its papers then count from the last checkpoint.
        await AskQuietPartitions();
        Job.Granted = Math.Max(Job.Granted, Job.Summaries.Values.Sum(s => s.Admitted));
    }

    public async Task<CrawlStatus> Start(CrawlRequest request)
    {
        if (Job.Request is not null) return Status();
        if (request.Validate() is { } error) throw new ArgumentException(error, nameof(request));

        Job.Request = request;
        Job.StartedAt = time.GetUtcNow();
        Job.Partitions = Math.Clamp(options.Value.FrontierPartitions, 1, 256);
        await Write();
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
            if (Job.SeedsResolved)
            {
                await Task.WhenAll(Enumerable.Range(0, Job.Partitions).Select(p => Partition(p).Cancel()));
                var summaries = await Task.WhenAll(Enumerable.Range(0, Job.Partitions).Select(p => Partition(p).GetSummary()));
                foreach (var summary in summaries) Keep(summary);
            }
            await Finish();
        }
        return Status();
    }

    public Task<int> GrantAdmissions(int partition, long epoch, long batch, int wanted)
    {
        if (!IsRunning || Job.Cancelled) return Task.FromResult(0);
        if (Job.GrantedBatches.TryGetValue(partition, out var known) && known.Epoch > epoch)
        {
            logger.PartitionSuperseded(JobId, partition, epoch, known.Epoch);
            throw new SupersededPartitionException(partition, epoch, known.Epoch);
        }
        Job.GrantedBatches[partition] = known is not null && known.Epoch == epoch && known.Batch > batch ? known : new GrantedBatch(epoch, batch);
        _dirty = true;
        if (wanted <= 0) return Task.FromResult(0);
        var granted = Math.Min(wanted, Math.Max(0, Job.Request!.MaxPapers - Job.Granted));
        Job.Granted += granted;
        _dirty = true;
        return Task.FromResult(granted);
    }

    public Task ReportSummary(FrontierSummary summary)
    {
        if (!IsRunning) return Task.CompletedTask;
        Keep(summary);
        return IsDone() ? Finish() : Task.CompletedTask;
    }

    public async Task<IReadOnlyList<CrawledPaper>> GetPapers(int offset, int limit)
    {
        var papers = new List<CrawledPaper>();
        limit = Math.Clamp(limit, 0, 10_000);
        offset = Math.Max(0, offset);
        for (var p = 0; p < Job.Partitions && papers.Count < limit; p++)
        {
            var admitted = Job.Summaries.TryGetValue(p, out var summary) ? summary.Admitted : 0;
            if (offset >= admitted)
            {
                offset -= admitted;
                continue;
            }
            var page = await Partition(p).GetPapers(offset, limit - papers.Count);
            papers.AddRange(page);
            offset = 0;
        }
        return papers;
    }

    private ICrawlFrontierGrain Partition(int partition) =>
        GrainFactory.GetGrain<ICrawlFrontierGrain>(FrontierPartitioning.Key(JobId, partition));

    private void Keep(FrontierSummary summary)
    {
        _heardFrom[summary.Partition] = time.GetUtcNow();
        if (Job.Summaries.TryGetValue(summary.Partition, out var known) && known.Sequence >= summary.Sequence) return;
        Job.Summaries[summary.Partition] = summary;
        _dirty = true;
    }

    private bool IsDone() =>
        IsRunning && Job.SeedsResolved && Job.Summaries.Count == Job.Partitions
        && Job.Summaries.Values.All(s => s.Started && s.Pending == 0 && s.UnappliedOffers == 0 && s.AppliedBatch >= GrantedBatchOf(s));

    // A batch granted after a partition's summary was taken may have admitted papers that summary does not show.
    private long GrantedBatchOf(FrontierSummary summary) =>
        Job.GrantedBatches.TryGetValue(summary.Partition, out var granted) && granted.Epoch == summary.Epoch ? granted.Batch : 0;

    // Seeds may need the source to resolve, so the caller gets its answer without waiting for that.
    // A non-interleaving timer tick runs it as a turn of its own, never beside a grant.
    private void ScheduleSeedResolution() =>
        _seedTimer ??= this.RegisterGrainTimer(ResolveSeedsAndStart, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));

    private async Task ResolveSeedsAndStart(CancellationToken cancellationToken)
    {
        _seedTimer?.Dispose();
        var directory = GrainFactory.GetGrain<IPaperDirectoryGrain>(0);
        var seeds = Job.Request!.Seeds.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var resolutions = await Task.WhenAll(seeds.Select(async seed => (Seed: seed, Resolution: await ResolveSeed(directory, seed))));
        if (!IsRunning) return;

        Job.SeedErrors.Clear();
        var admitted = new List<FrontierOffer>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (seed, resolution) in resolutions)
        {
            if (resolution.CanonicalId is not { } canonical)
            {
                Job.SeedErrors.Add(new CrawlFailure(seed, ReasonOf(resolution.Error), resolution.Message ?? "could not be resolved"));
                continue;
            }
            if (!seen.Add(canonical)) continue;
            if (admitted.Count < Job.Request.MaxPapers) admitted.Add(new FrontierOffer(canonical, Job.Request.Depth));
            else Job.SeedsSkippedByBudget++;
        }
        // A seed keyed by an id only some sources can look up (the DOI arXiv gave) learns the others' ids before its visit.
        await Task.WhenAll(resolutions.Where(r => r.Resolution is { CanonicalId: { } key, Ids.Count: > 0 } && !PaperIdentifier.IsSemanticScholarId(key))
            .Select(r => GrainFactory.GetGrain<IPaperGrain>(r.Resolution.CanonicalId!).Prime(new PaperPrime { Ids = r.Resolution.Ids })));
        Job.Granted = admitted.Count;
        if (admitted.Count == 0)
        {
            Job.SeedsResolved = true;
            await Finish();
            return;
        }

        var window = Math.Max(1, (options.Value.MaxVisitsInFlight + Job.Partitions - 1) / Job.Partitions);
        var byPartition = admitted.ToLookup(offer => FrontierPartitioning.Of(offer.PaperId, Job.Partitions));
        var summaries = await Task.WhenAll(Enumerable.Range(0, Job.Partitions).Select(p => Partition(p).Start(
            new FrontierSettings { JobId = JobId, Partition = p, Partitions = Job.Partitions, Window = window, Direction = Job.Request.Direction },
            byPartition[p].ToList())));
        foreach (var summary in summaries) Keep(summary);
        Job.SeedsResolved = true;
        if (IsDone()) await Finish();
        else await Write();
    }

    private static async Task<AliasResolution> ResolveSeed(IPaperDirectoryGrain directory, string seed)
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

    /// <summary>A partition reports every second while it lives; one that went quiet (its silo died, and nothing has offered
    /// it a paper since) is asked for its summary, which activates it again from its log, and it resumes.</summary>
    private async Task AskQuietPartitions()
    {
        var now = time.GetUtcNow();
        var quiet = Enumerable.Range(0, Job.Partitions).Where(p => !_heardFrom.TryGetValue(p, out var at) || now - at > QuietPartition).ToList();
        if (quiet.Count == 0) return;
        var answers = await Task.WhenAll(quiet.Select(async p =>
        {
            try
            {
                // A partition on a silo that just died answers only once the cluster declares the silo dead; the timer asks again.
                return await Partition(p).GetSummary().WaitAsync(QuietPartition);
            }
            catch (Exception e)
            {
                logger.PartitionSilent(JobId, p, e.Message);
                return null;
            }
        }));
        foreach (var summary in answers) if (summary is not null) Keep(summary);
    }

    private async Task Finish()
    {
        if (Job.FinishedAt is not null) return;
        Job.FinishedAt = time.GetUtcNow();
        _timer?.Dispose();
        _timer = null;
        await Write();
        await GrainFactory.GetGrain<ICrawlRegistryGrain>(0).Finished(JobId);
        if (Job.SeedsResolved)
            foreach (var p in Enumerable.Range(0, Job.Partitions)) Partition(p).Finish().Ignore();
        var status = Status();
        logger.JobFinished(JobId, status.Discovered, status.Fetched, status.FromCache, status.Failed, status.SourceRequests, status.Spend.RequestsPerPaper, status.Spend.WritesPerPaper);
    }

    private void StartTimer()
    {
        var interval = options.Value.CheckpointInterval;
        _timer ??= this.RegisterGrainTimer(OnTimer, new GrainTimerCreationOptions(interval, interval) { KeepAlive = true });
    }

    private async Task OnTimer(CancellationToken cancellationToken)
    {
        if (!IsRunning) return;
        if (Job.SeedsResolved) await AskQuietPartitions();
        if (IsDone())
        {
            await Finish();
            return;
        }
        if (_dirty) await Write();
    }

    private async Task Write()
    {
        _dirty = false;
        Job.Writes++;
        await state.WriteWithRetry(logger, options.Value.StorageRetryBudget);
    }

    private CrawlStatus Status()
    {
        var counters = new FrontierCounters();
        var waiting = new Dictionary<string, HostWait>(StringComparer.Ordinal);
        var failures = new List<CrawlFailure>();
        int admitted = 0, pending = 0, unvisited = 0;
        foreach (var summary in Job.Summaries.Values.OrderBy(s => s.Partition))
        {
            counters.Add(summary.Counters);
            admitted += summary.Admitted;
            pending += summary.Pending;
            // A paper reached again by a shorter path is visited again, so it is pending and already counted; shown
            // as pending are only the papers not visited yet, so the counts add up to the papers discovered.
            var visited = summary.Counters.Fetched + summary.Counters.FromCache + summary.Counters.Revalidated + summary.Counters.Failed;
            unvisited += Math.Clamp(summary.Admitted - visited, 0, summary.Pending);
            failures.AddRange(summary.Failures);
            foreach (var wait in summary.Waiting)
                waiting[wait.Host] = waiting.TryGetValue(wait.Host, out var known)
                    ? known with { Papers = known.Papers + wait.Papers, Until = known.Until > wait.Until ? known.Until : wait.Until }
                    : wait;
        }
        if (!IsRunning) pending = unvisited = 0;
        var completed = counters.Fetched + counters.FromCache + counters.Revalidated + counters.Failed;
        var crawlWrites = counters.FrontierWrites + Job.Writes;
        return new CrawlStatus
        {
            JobId = JobId,
            Request = Job.Request!,
            Discovered = admitted,
            Fetched = counters.Fetched,
            FromCache = counters.FromCache,
            Failed = counters.Failed,
            Pending = unvisited,
            SkippedByBudget = counters.SkippedByBudget + Job.SeedsSkippedByBudget,
            Done = Job.FinishedAt is not null,
            Cancelled = Job.Cancelled,
            StartedAt = Job.StartedAt,
            FinishedAt = Job.FinishedAt,
            FailuresByReason = counters.FailuresByReason,
            Failures = failures.Take(options.Value.MaxListedFailures).ToList(),
            SeedErrors = Job.SeedErrors.ToList(),
            Revalidated = counters.Revalidated,
            SourceRequests = counters.SourceRequests,
            Downloads = counters.Downloads,
            Waiting = [.. waiting.Values.OrderBy(w => w.Host, StringComparer.Ordinal)],
            VisitRetries = counters.VisitRetries,
            ThrottledVisits = counters.ThrottledVisits,
            Spend = new CrawlSpend
            {
                RequestsByKind = counters.RequestsByKind,
                RequestsPerPaper = completed == 0 ? 0 : Math.Round((double)counters.SourceRequests / completed, 3),
                PaperWrites = counters.PaperWrites,
                CrawlWrites = crawlWrites,
                WritesPerPaper = completed == 0 ? 0 : Math.Round((double)(counters.PaperWrites + crawlWrites) / completed, 3),
                FrontierBytes = counters.FrontierBytes,
                SecondsLeftBySource = SecondsLeft(counters, completed, pending),
            },
        };
    }

    /// <summary>Pending papers × the requests a completed paper cost each source so far ÷ that source's configured rate.</summary>
    private Dictionary<string, double> SecondsLeft(FrontierCounters counters, int completed, int pending)
    {
        var left = new Dictionary<string, double>(StringComparer.Ordinal);
        if (completed == 0) return left;
        foreach (var group in counters.RequestsByKind.GroupBy(k => k.Key[..Math.Max(0, k.Key.IndexOf('/'))]))
        {
            if (group.Key.Length == 0 || rates.Of(group.Key) is not { } rate) continue;
            var perPaper = (double)group.Where(k => !k.Key.EndsWith("/" + SourceRequestKinds.Throttled, StringComparison.Ordinal)).Sum(k => k.Value) / completed;
            left[group.Key] = Math.Round(pending * perPaper / rate, 1);
        }
        return left;
    }

    private static string ReasonOf(LookupErrorKind error) => error switch
    {
        LookupErrorKind.InvalidInput => "invalid-id",
        LookupErrorKind.NotFound => "not-found",
        _ => "source-failed",
    };
}
