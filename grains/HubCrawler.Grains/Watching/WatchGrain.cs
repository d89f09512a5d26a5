namespace HubCrawler.Grains.Watching;

/// <summary>One watch. Its schedule is an Orleans reminder (persisted with the cluster's reminder table, so it survives
/// restarts and reactivates the grain); each tick checks the paper's feed and delivers what the webhook has not had yet.
/// A delivery that fails after its retries keeps its events for the next tick.</summary>
[GrainType("watch")]
public sealed class WatchGrain(
    [PersistentState("watch", HubCrawlerStorage.Name)] IPersistentState<WatchState> state,
    WebhookSender webhooks,
    IOptions<WatchOptions> options,
    IOptions<CrawlOptions> crawlOptions,
    TimeProvider time,
    ILogger<WatchGrain> logger) : Grain, IWatchGrain, IRemindable
{
    public const string ReminderName = "watch";
    private string WatchId => this.GetPrimaryKeyString();

    public async Task<WatchResult> Create(WatchRequest request)
    {
        if (state.State.Request is not null) return WatchResult.Created(Info()!);
        if (WatchValidation.Validate(request, options.Value) is { } invalid) return WatchResult.Failed(LookupErrorKind.InvalidInput, invalid);
        var resolved = await GrainFactory.GetGrain<IPaperDirectoryGrain>(0).Resolve(request.PaperId);
        if (resolved.CanonicalId is not { } paperId)
            return WatchResult.Failed(resolved.Error == LookupErrorKind.None ? LookupErrorKind.NotFound : resolved.Error, resolved.Message ?? "No such paper.");

        var feed = GrainFactory.GetGrain<IPaperFeedGrain>(paperId);
        var baseline = await feed.Start();
        if (baseline.Error is { } error) return WatchResult.Failed(baseline.ErrorKind == LookupErrorKind.None ? LookupErrorKind.SourceFailed : baseline.ErrorKind, error);
        var registry = GrainFactory.GetGrain<IWatchRegistryGrain>(0);
        if (!await registry.Add(WatchId)) return WatchResult.Failed(LookupErrorKind.InvalidInput, $"There are already {options.Value.MaxWatches} watches; delete one first.");

        state.State = new WatchState
        {
            Request = request with { PaperId = paperId },
            CreatedAt = time.GetUtcNow(),
            // The webhook hears of citations that come after the watch began, not of older events other watches found.
            DeliveredSequence = await feed.LastSequence(),
        };
        await Write();
        await this.RegisterOrUpdateReminder(ReminderName, request.Every, request.Every);
        logger.WatchSet(WatchId, paperId, request.Every);
        return WatchResult.Created(Info()!);
    }

    public Task<WatchInfo?> Get() => Task.FromResult(Info());

    public async Task<WatchInfo?> Check()
    {
        if (state.State.Request is not { } request) return null;
        var s = state.State;
        var check = await GrainFactory.GetGrain<IPaperFeedGrain>(request.PaperId).Check();
        s.Checks++;
        s.LastCheckAt = check.CheckedAt;
        s.LastCheckNew = check.New.Count;
        s.LastError = check.Error;
        if (request.Webhook is { } webhook) await Deliver(request, new Uri(webhook), check.CheckedAt);
        await Write();
        return Info();
    }

    public async Task<WatchInfo?> Delete()
    {
        var info = Info();
        await StopReminder();
        if (info is null) return null;
        await GrainFactory.GetGrain<IWatchRegistryGrain>(0).Remove(WatchId);
        await state.ClearStateAsync();
        state.State = new WatchState();
        logger.WatchDeleted(WatchId);
        DeactivateOnIdle();
        return info;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ReminderName) return;
        // A tick for a watch deleted while it was on its way.
        if (state.State.Request is null)
        {
            await StopReminder();
            return;
        }
        await Check();
    }

    /// <summary>Sends the feed's events the webhook has not accepted yet (at most a body's worth); on failure they wait for the next check.</summary>
    private async Task Deliver(WatchRequest request, Uri webhook, DateTimeOffset checkedAt)
    {
        var s = state.State;
        var pending = await GrainFactory.GetGrain<IPaperFeedGrain>(request.PaperId).EventsAfter(s.DeliveredSequence);
        if (pending.Count == 0)
        {
            s.WebhookPending = 0;
            return;
        }
        var batch = pending.Take(Math.Max(1, options.Value.MaxEventsPerDelivery)).ToList();
        var body = WebhookPayload.Of(WatchId, request.PaperId, checkedAt, batch).ToUtf8();
        var deliveryId = $"{WatchId}-{batch[0].Sequence}-{batch[^1].Sequence}";
        var error = await webhooks.SendAsync(webhook, request.Secret, body, deliveryId);
        if (error is null)
        {
            s.DeliveredSequence = batch[^1].Sequence;
            s.WebhookPending = pending.Count - batch.Count;
        }
        else
        {
            s.WebhookPending = pending.Count;
            s.LastError = $"webhook: {error}";
        }
    }

    private async Task StopReminder()
    {
        if (await this.GetReminder(ReminderName) is { } reminder) await this.UnregisterReminder(reminder);
    }

    private WatchInfo? Info() => state.State is { Request: { } request } s
        ? new WatchInfo
        {
            WatchId = WatchId,
            PaperId = request.PaperId,
            Every = request.Every,
            Webhook = request.Webhook,
            Signed = request.Secret is not null,
            CreatedAt = s.CreatedAt,
            LastCheckAt = s.LastCheckAt,
            Checks = s.Checks,
            LastCheckNew = s.LastCheckNew,
            LastError = s.LastError,
            WebhookPending = s.WebhookPending,
        }
        : null;

    private Task Write() => state.WriteWithRetry(logger, crawlOptions.Value.StorageRetryBudget);
}
