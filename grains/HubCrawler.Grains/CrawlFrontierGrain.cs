using System.Globalization;
using HubCrawler.Grains.Crawling;
using HubCrawler.Sources.Telemetry;
using Orleans.Serialization;

namespace HubCrawler.Grains;

/// <summary>Hosts one partition of a crawl's frontier (<see cref="CrawlFrontier"/>): receives the offers of visits,
/// asks the job for budget for the new papers (many offers at once: while one admission is being granted and written,
/// the next offers gather), writes what changed to its log before the offers are answered, sends visits within its
/// window and awaits their answers, and tells the job its summary. A visit whose call fails is sent again within
/// seconds; a throttled paper waits here until its host's pause is over.</summary>
[Reentrant]
[GrainType("crawlfrontier")]
public sealed class CrawlFrontierGrain(
    IFrontierLog logs,
    Serializer serializer,
    IOptions<CrawlOptions> options,
    TimeProvider time,
    ILogger<CrawlFrontierGrain> logger) : Grain, ICrawlFrontierGrain, IDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _append = new(1, 1);
    private readonly List<(IReadOnlyList<FrontierOffer> Offers, TaskCompletionSource Done)> _buffer = [];
    private CrawlFrontier? _frontier;
    private IFrontierLogStream? _log;
    private bool _flushing;
    private int _applying;
    private long _sequence;
    private long _epoch;
    private long _batch;
    private long _appliedBatch;
    private bool _finished;
    // Set when the job named a newer activation of this partition: offers are refused, never dropped.
    private SupersededPartitionException? _superseded;
    private bool _idleReported;
    private DateTimeOffset _lastCheckpoint;
    private IGrainTimer? _timer;

    private string JobId => this.GetPrimaryKeyString()[..this.GetPrimaryKeyString().LastIndexOf('/')];
    private int Partition => int.Parse(this.GetPrimaryKeyString()[(this.GetPrimaryKeyString().LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
    private ICrawlJobGrain Job => GrainFactory.GetGrain<ICrawlJobGrain>(JobId);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A new activation's summaries must outrank the last one's, whatever was sent before a crash.
        _sequence = time.GetUtcNow().UtcTicks;
        _epoch = _sequence;
        _log = await logs.OpenAsync(JobId, Partition, cancellationToken);
        if (_log.Records.Count == 0) return;
        _frontier = CrawlFrontier.Restore(_log.Records.Select(r => serializer.Deserialize<FrontierDelta>(r)!), options.Value.MaxListedFailures);
        if (logger.IsEnabled(LogLevel.Information)) logger.FrontierRestored(this.GetPrimaryKeyString(), _frontier.Admitted, _frontier.Pending);
        if (_frontier is { Cancelled: false, IsIdle: false }) StartTimer();
        Pump();
    }

    public async Task<FrontierSummary> Start(FrontierSettings settings, IReadOnlyList<FrontierOffer> seeds)
    {
        if (_frontier is null)
        {
            _frontier = new CrawlFrontier(settings, options.Value.MaxListedFailures);
            _frontier.Apply(seeds, seeds.Count);
            await Checkpoint();
            StartTimer();
            Pump();
        }
        return Summary();
    }

    public async Task Offer(IReadOnlyList<FrontierOffer> offers)
    {
        if (_frontier is null) throw new InvalidOperationException($"Frontier partition {this.GetPrimaryKeyString()} was never started.");
        if (_superseded is { } superseded) throw new SupersededPartitionException(superseded.Partition, superseded.Epoch, superseded.Current);
        if (offers.Count == 0 || _frontier.Cancelled || _finished) return;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _buffer.Add((offers, done));
        _idleReported = false;
        StartFlush();
        await done.Task;
    }

    public Task<FrontierSummary> GetSummary() => Task.FromResult(Summary());

    public Task<IReadOnlyList<CrawledPaper>> GetPapers(int offset, int limit) =>
        Task.FromResult(_frontier?.Papers(offset, limit) ?? []);

    public async Task Cancel()
    {
        if (_frontier is null || _frontier.Cancelled) return;
        _frontier.Cancel();
        await Checkpoint();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        CrawlerMetrics.Frontier(this.GetPrimaryKeyString(), null);
        return Task.CompletedTask;
    }

    public void Dispose() => _append.Dispose();

    public async Task Finish()
    {
        Stop();
        if (_frontier is not null) await Checkpoint();
    }

    private void Supersede(SupersededPartitionException reason)
    {
        _superseded = reason;
        foreach (var (_, done) in _buffer) done.TrySetException(reason);
        _buffer.Clear();
        Stop();
    }

    /// <summary>Takes no more work, stops the timer and lets the activation go once it is idle.</summary>
    private void Stop()
    {
        _finished = true;
        _timer?.Dispose();
        _timer = null;
        CrawlerMetrics.Frontier(this.GetPrimaryKeyString(), null);
        DeactivateOnIdle();
    }

    // A flag, not the flush's task: a flush whose job call fails at once completes before its task could be stored.
    private void StartFlush()
    {
        if (_flushing) return;
        _flushing = true;
        _ = Flush();
    }

    /// <summary>Admits buffered offers, one batch at a time: budget from the job for the new papers, then the log write, then the answers.</summary>
    private async Task Flush()
    {
        try
        {
            while (_buffer.Count > 0)
            {
                // Gather: one budget call and one log write for many offers is what keeps storage writes near one a paper.
                if (_buffer.Sum(b => b.Offers.Count) < options.Value.AdmissionBatch && options.Value.AdmissionWindow > TimeSpan.Zero)
                    await Task.Delay(options.Value.AdmissionWindow, time);
                var batch = _buffer.ToList();
                _buffer.Clear();
                var offers = batch.SelectMany(b => b.Offers).ToList();
                _applying = offers.Count;
                try
                {
                    var wanted = _frontier!.CountNew(offers);
                    var batchNumber = ++_batch;
                    var granted = await Job.GrantAdmissions(Partition, _epoch, batchNumber, wanted);
                    _frontier.Apply(offers, granted);
                    await Checkpoint();
                    _appliedBatch = batchNumber;
                    foreach (var (_, done) in batch) done.TrySetResult();
                }
                catch (SupersededPartitionException e)
                {
                    // A newer activation of this partition exists: it owns the log from now on. This one stops and lets go;
                    // the offering visits fail, are sent again and reach the live activation.
                    logger.FrontierSuperseded(this.GetPrimaryKeyString(), e.Message);
                    Supersede(e);
                    foreach (var (_, done) in batch) done.TrySetException(e);
                }
                catch (Exception e)
                {
                    // The offering visits fail and are sent again by their own partitions; nothing half-admitted is answered as done.
                    logger.AdmitFailed(this.GetPrimaryKeyString(), offers.Count, e.Message);
                    foreach (var (_, done) in batch) done.TrySetException(e);
                }
                finally
                {
                    _applying = 0;
                }
                Pump();
            }
        }
        finally
        {
            _flushing = false;
        }
    }

    private void Pump()
    {
        if (_frontier is null || _finished) return;
        foreach (var dispatch in _frontier.TakeDispatches(time.GetUtcNow())) _ = Visit(dispatch);
        ReportIfIdle();
    }

    private async Task Visit(FrontierDispatch dispatch)
    {
        var order = new VisitOrder
        {
            JobId = _frontier!.Settings.JobId,
            Depth = dispatch.Depth,
            Partitions = _frontier.Settings.Partitions,
            KnownCitationCount = dispatch.KnownCitationCount,
            Direction = _frontier.Settings.Direction,
        };
        try
        {
            var result = await GrainFactory.GetGrain<IPaperGrain>(dispatch.PaperId).Visit(order);
            _frontier.Complete(result, time.GetUtcNow());
            CrawlerMetrics.PaperVisited(result.Outcome);
        }
        catch (Exception e)
        {
            logger.VisitFailed(this.GetPrimaryKeyString(), dispatch.PaperId, e.Message);
            _frontier.VisitFailed(dispatch.PaperId, time.GetUtcNow());
        }
        Pump();
    }

    private void ReportIfIdle()
    {
        if (_frontier is null) return;
        if (!IsIdle)
        {
            _idleReported = false;
            return;
        }
        if (_idleReported) return;
        _idleReported = true;
        Job.ReportSummary(Summary()).Ignore();
    }

    private bool IsIdle => _frontier!.IsIdle && _buffer.Count == 0 && _applying == 0;

    private void StartTimer() =>
        _timer ??= this.RegisterGrainTimer(OnTick, new GrainTimerCreationOptions(Tick, Tick) { KeepAlive = true });

    private async Task OnTick(CancellationToken cancellationToken)
    {
        if (_frontier is null || _finished) return;
        if (_buffer.Count > 0) StartFlush();
        Pump();
        if (time.GetUtcNow() - _lastCheckpoint >= options.Value.CheckpointInterval) await Checkpoint();
        Job.ReportSummary(Summary()).Ignore();
    }

    /// <summary>Appends what changed since the last checkpoint; appends go one at a time so the log keeps their order.</summary>
    private async Task Checkpoint()
    {
        await _append.WaitAsync();
        try
        {
            if (!_frontier!.HasChanges) return;
            var delta = _frontier.TakeDelta();
            var record = serializer.SerializeToArray(delta);
            var deadline = time.GetUtcNow() + options.Value.StorageRetryBudget;
            var wait = TimeSpan.FromMilliseconds(250);
            while (true)
            {
                try
                {
                    await _log!.AppendAsync(record);
                    break;
                }
                catch (Exception e) when (time.GetUtcNow() < deadline)
                {
                    logger.CheckpointFailed(this.GetPrimaryKeyString(), e.Message, wait);
                    await Task.Delay(wait, time);
                    wait = TimeSpan.FromMilliseconds(Math.Min(wait.TotalMilliseconds * 2, 10_000));
                }
                catch
                {
                    _frontier.ReturnDelta(delta);
                    throw;
                }
            }
            _frontier.Counters.FrontierWrites++;
            _frontier.Counters.FrontierBytes += record.Length;
            _lastCheckpoint = time.GetUtcNow();
        }
        finally
        {
            _append.Release();
        }
    }

    private FrontierSummary Summary()
    {
        if (_frontier is null) return new FrontierSummary { Partition = Partition, Sequence = ++_sequence, Epoch = _epoch };
        var now = time.GetUtcNow();
        var waiting = _frontier.Waiting(now);
        if (!_finished) CrawlerMetrics.Frontier(this.GetPrimaryKeyString(), new FrontierFigures(_frontier.Admitted, _frontier.Pending, _frontier.InFlight, waiting.Sum(w => w.Papers)));
        var listed = Math.Max(10, (options.Value.MaxListedFailures + _frontier.Settings.Partitions - 1) / _frontier.Settings.Partitions);
        return new FrontierSummary
        {
            Partition = Partition,
            Sequence = ++_sequence,
            Admitted = _frontier.Admitted,
            Pending = _frontier.Pending,
            InFlight = _frontier.InFlight,
            UnappliedOffers = _buffer.Sum(b => b.Offers.Count) + _applying,
            Counters = _frontier.Counters.Copy(),
            Waiting = waiting,
            Failures = _frontier.Failures.Take(listed).ToList(),
            Started = true,
            Epoch = _epoch,
            AppliedBatch = _appliedBatch,
        };
    }
}
