using HubCrawler.Abstractions;
using HubCrawler.Grains.Citations;
using HubCrawler.Grains.Hubs;
using HubCrawler.Grains.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HubCrawler.Grains;

/// <summary>One paper. Reentrant, so lookups are answered while a refresh waits on the source;
/// every refresh goes through one shared task, so concurrent lookups of a missing paper cause
/// one fetch (single flight) and a stale hub is answered at once while it refreshes.</summary>
[Reentrant]
public sealed class PaperGrain(
    [PersistentState("paper", HubCrawlerStorage.Name)] IPersistentState<PaperState> state,
    SemanticScholarSource semanticScholar,
    ICitationStore citationStore,
    IOptions<CrawlOptions> crawlOptions,
    IOptions<CitationStoreOptions> citationOptions,
    TimeProvider time,
    ILogger<PaperGrain> logger) : Grain, IPaperGrain
{
    private PaperMetadata? _primed;
    private Task<Refresh>? _refresh;
    // A long list read back from the citation store, kept while the activation lives.
    private IReadOnlyList<CitationEdge>? _pagedCitations;

    private string PaperId => this.GetPrimaryKeyString();

    public async Task Visit(string jobId, int remainingDepth)
    {
        var refresh = IsFresh() ? Refresh.UpToDate : await RefreshOnce(revalidate: false);
        var report = new VisitReport
        {
            PaperId = PaperId,
            Depth = remainingDepth,
            Outcome = refresh.Outcome,
            Reason = refresh.Reason,
            Message = refresh.Message,
            CitingPaperIds = remainingDepth > 0 && refresh.Outcome != VisitOutcome.Failed ? await CitingPaperIds() : [],
            Requests = refresh.Requests,
            Downloads = refresh.Downloads,
        };
        await ReportWithRetry(jobId, report);
    }

    public async Task<PaperLookup> GetHub(bool refresh = false)
    {
        if (!refresh && Hub() is { } hub)
        {
            // Stale-while-revalidate: answer now, refresh in the background.
            if (!IsFresh()) _ = RefreshOnce(revalidate: false);
            return PaperLookup.Found(hub);
        }

        var result = await RefreshOnce(revalidate: refresh);
        return Hub() is { } fresh
            ? PaperLookup.Found(fresh)
            : PaperLookup.Failed(result.Reason == "not-found" ? LookupErrorKind.NotFound : LookupErrorKind.SourceFailed, result.Message ?? "The paper could not be fetched.");
    }

    public async Task<CitationPage> GetCitations(CitationQuery query)
    {
        if (state.State.Summary is null) await RefreshOnce(revalidate: false);
        var total = state.State.CitationCount;
        IReadOnlyList<CitationEdge> items;
        if (query.IsPlain)
        {
            items = await ReadRange(query.Offset, query.Limit);
        }
        else
        {
            var selected = Order((await AllCitations()).Where(query.Matches), query.Sort).ToList();
            total = selected.Count;
            items = selected.Skip(query.Offset).Take(query.Limit).ToList();
        }
        var next = query.Offset + items.Count;
        return new CitationPage
        {
            PaperId = PaperId,
            Total = total,
            Offset = query.Offset,
            Limit = query.Limit,
            Items = items,
            NextOffset = items.Count > 0 && next < total ? next : null,
        };
    }

    public Task Prime(PaperMetadata metadata)
    {
        if (!IsFresh()) _primed = metadata;
        return Task.CompletedTask;
    }

    private Task<Refresh> RefreshOnce(bool revalidate)
    {
        if (_refresh is { IsCompleted: false } running) return running;
        _refresh = RefreshFromSources(revalidate);
        return _refresh;
    }

    private async Task<Refresh> RefreshFromSources(bool revalidate)
    {
        var id = PaperIdentifier.Parse(PaperId);
        var metadata = _primed;
        _primed = null;
        var requests = 0;
        var downloads = 0;
        var stale = false;
        if (metadata is null)
        {
            var paper = await semanticScholar.GetPaperAsync(id, revalidate);
            requests += paper.Requests;
            if (!paper.IsSuccess) return await RecordFailure(paper.Error, paper.Reason, paper.Message!, requests);
            metadata = paper.Value!;
            downloads += paper.Downloads;
            stale |= paper.Stale;
        }

        var fetched = await semanticScholar.GetCitationsAsync(PaperId, revalidate);
        requests += fetched.Requests;
        if (!fetched.IsSuccess) return await RecordFailure(fetched.Error, fetched.Reason, fetched.Message!, requests);
        downloads += fetched.Downloads;
        stale |= fetched.Stale;

        var outcome = downloads > 0 ? VisitOutcome.Fetched : requests > 0 ? VisitOutcome.Revalidated : VisitOutcome.FromCache;
        if (downloads == 0 && !stale && state.State.Summary is not null && !state.State.BuiltFromStaleDocuments)
        {
            // The source confirmed every document unchanged: the hub is the same, only its age is new.
            await Confirm();
            return new Refresh(outcome, null, null, requests, downloads);
        }

        var citations = ContextClassification.Apply(fetched.Value!.Where(c => c.CitingPaperId != PaperId));
        await Store(metadata with { PaperId = PaperId }, citations, stale);
        return new Refresh(outcome, null, null, requests, downloads);
    }

    private async Task Store(PaperMetadata metadata, List<CitationEdge> citations, bool stale)
    {
        var previousList = state.State.CitationList;
        var paged = citations.Count > citationOptions.Value.InlineLimit;
        var s = state.State;
        s.CitationList = paged ? await citationStore.WriteAsync(PaperId, citations, citationOptions.Value.PageSize) : null;
        s.Citations = paged ? [] : citations;
        s.CitationCount = citations.Count;
        s.Metadata = metadata;
        s.Summary = HubSummarizer.Summarize(citations);
        s.FetchedAt = time.GetUtcNow();
        s.LastAttemptAt = s.FetchedAt;
        s.LastError = stale ? "stale: the source failed; built from cached documents" : null;
        s.BuiltFromStaleDocuments = stale;
        s.Sources = [SemanticScholarSource.Name];
        _pagedCitations = paged ? citations : null;
        await state.WriteWithRetry(logger, crawlOptions.Value.StorageRetryBudget);
        if (previousList is not null) await citationStore.DeleteAsync(PaperId, previousList);
    }

    private async Task Confirm()
    {
        state.State.FetchedAt = time.GetUtcNow();
        state.State.LastAttemptAt = state.State.FetchedAt;
        state.State.LastError = null;
        await state.WriteWithRetry(logger, crawlOptions.Value.StorageRetryBudget);
    }

    private async Task<Refresh> RecordFailure(SourceErrorKind error, string reason, string message, int requests)
    {
        logger.LogWarning("Paper {PaperId}: {Reason}: {Message}", PaperId, reason, message);
        // An id the source does not know is not kept, so junk ids leave nothing behind.
        if (error == SourceErrorKind.NotFound && state.State.Summary is null)
        {
            DeactivateOnIdle();
            return new Refresh(VisitOutcome.Failed, reason, message, requests, 0);
        }

        state.State.LastError = $"{reason}: {message}";
        state.State.LastAttemptAt = time.GetUtcNow();
        await state.WriteWithRetry(logger, crawlOptions.Value.StorageRetryBudget);
        // A stale hub is still a hub: the crawl goes on from it and the failure stays on the paper.
        return state.State.Summary is not null
            ? new Refresh(VisitOutcome.FromCache, reason, message, requests, 0)
            : new Refresh(VisitOutcome.Failed, reason, message, requests, 0);
    }

    private bool IsFresh() =>
        state.State.FetchedAt is { } fetched && time.GetUtcNow() - fetched < crawlOptions.Value.Freshness;

    private PaperHub? Hub() => state.State is { Metadata: { } metadata, Summary: { } summary, FetchedAt: { } fetchedAt }
        ? new PaperHub
        {
            PaperId = PaperId,
            Metadata = metadata,
            Summary = summary,
            FetchedAt = fetchedAt,
            Sources = state.State.Sources,
            LastError = state.State.LastError,
            CitationsStored = state.State.CitationCount,
            Stale = !IsFresh() || state.State.BuiltFromStaleDocuments,
            AgeSeconds = Math.Round((time.GetUtcNow() - fetchedAt).TotalSeconds, 3),
        }
        : null;

    private async Task<IReadOnlyList<CitationEdge>> ReadRange(int offset, int limit)
    {
        if (state.State.CitationList is not { } list) return state.State.Citations.Skip(offset).Take(limit).ToList();
        if (_pagedCitations is { } all) return all.Skip(offset).Take(limit).ToList();

        var items = new List<CitationEdge>(limit);
        for (var page = offset / list.PageSize; page < list.PageCount && items.Count < limit; page++)
        {
            var edges = await citationStore.ReadPageAsync(PaperId, list, page);
            var skip = page == offset / list.PageSize ? offset % list.PageSize : 0;
            items.AddRange(edges.Skip(skip).Take(limit - items.Count));
        }
        return items;
    }

    private async Task<IReadOnlyList<CitationEdge>> AllCitations()
    {
        if (state.State.CitationList is not { } list) return state.State.Citations;
        if (_pagedCitations is { } cached) return cached;
        var all = new List<CitationEdge>(list.Count);
        for (var page = 0; page < list.PageCount; page++) all.AddRange(await citationStore.ReadPageAsync(PaperId, list, page));
        _pagedCitations = all;
        return all;
    }

    private static IEnumerable<CitationEdge> Order(IEnumerable<CitationEdge> citations, CitationSort sort) => sort switch
    {
        CitationSort.Influence => citations.OrderByDescending(c => c.IsInfluential).ThenByDescending(c => c.CitationCount ?? -1),
        CitationSort.Citations => citations.OrderByDescending(c => c.CitationCount ?? -1),
        CitationSort.Year => citations.OrderByDescending(c => c.Year ?? int.MinValue),
        _ => citations,
    };

    private async Task<List<string>> CitingPaperIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var citation in await AllCitations())
            if (citation.CitingPaperId is { } id && id != PaperId) ids.Add(id);
        return [.. ids];
    }

    private async Task ReportWithRetry(string jobId, VisitReport report)
    {
        var job = GrainFactory.GetGrain<ICrawlJobGrain>(jobId);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await job.Report(report);
                return;
            }
            catch (Exception e) when (attempt < 5)
            {
                // The job's stall timer re-sends lost visits, so giving up after a few tries loses nothing.
                logger.LogWarning(e, "Paper {PaperId}: report to job {JobId} failed (attempt {Attempt})", PaperId, jobId, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }

    private sealed record Refresh(VisitOutcome Outcome, string? Reason, string? Message, int Requests, int Downloads)
    {
        public static readonly Refresh UpToDate = new(VisitOutcome.FromCache, null, null, 0, 0);
    }
}
