using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace HubCrawler.Sources;

/// <summary>One per silo: turns the metadata reads of many paper grains into few <c>POST /paper/batch</c>
/// requests. A batch is sent when it holds <see cref="SemanticScholarOptions.BatchSize"/> papers, when
/// <see cref="SemanticScholarOptions.BatchWindow"/> has passed since its first, or at once for an urgent read (a
/// lookup someone waits for). While a batch is in flight the next keeps filling and goes when it returns (group
/// commit), so batches grow with the load. A paper asked twice in one batch is asked once.
/// <para>The answer lists one paper or null per id, in order: null is that caller's <see cref="SourceErrorKind.NotFound"/>.
/// A batch refused as too large (the API's 10 MB limit answers 400), or answered 500 or 504 after its retries (one
/// bad id can fail a whole batch), is split in halves and each half asked again, so one paper cannot fail the
/// others. Any other failure (429, 502, 503, transport, a body that does not parse three times) fails every caller
/// of that batch with the source's reason. The request is counted once, by the first caller; the others get
/// <see cref="SourceResult{T}.Shared"/>.</para></summary>
public sealed class SemanticScholarBatcher : IDisposable
{
    private const int MaxReads = 3;
    private const int MaxIds = 500;

    private readonly FetchPipeline _pipeline;
    private readonly TimeProvider _time;
    private readonly ILogger<SemanticScholarBatcher> _logger;
    private readonly Uri _url;
    private readonly Dictionary<string, string> _headers = [];
    private readonly int _batchSize;
    private readonly TimeSpan _window;
    private readonly Lock _lock = new();
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _stopping = new();
    private Batch _filling = new();
    private int _inFlight;

    public SemanticScholarBatcher(FetchPipeline pipeline, IOptions<SemanticScholarOptions> options, TimeProvider time, ILogger<SemanticScholarBatcher> logger)
    {
        var o = options.Value;
        _pipeline = pipeline;
        _time = time;
        _logger = logger;
        var baseUrl = SourceEndpoint.Of(SemanticScholarOptions.Section, o).Root;
        _url = new Uri($"{baseUrl}/paper/batch?fields={SemanticScholarJson.PaperFields}");
        if (!string.IsNullOrWhiteSpace(o.ApiKey)) _headers["x-api-key"] = o.ApiKey;
        _batchSize = Math.Clamp(o.BatchSize, 1, MaxIds);
        _window = o.BatchWindow > TimeSpan.Zero ? o.BatchWindow : TimeSpan.Zero;
        _timer = time.CreateTimer(_ => OnWindowElapsed(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>One paper's metadata, read in the next batch; <paramref name="id"/> is any form the API takes.</summary>
    /// <param name="urgent">Send the batch now rather than wait for its window (someone is waiting for the answer).</param>
    public Task<SourceResult<PaperMetadata>> GetAsync(PaperIdentifier id, bool urgent, CancellationToken cancellationToken = default)
    {
        var waiter = new TaskCompletionSource<SourceResult<PaperMetadata>>(TaskCreationOptions.RunContinuationsAsynchronously);
        Batch? ready = null;
        lock (_lock)
        {
            if (_filling.Count == 0)
            {
                _filling.OpenedAt = _time.GetUtcNow();
                _timer.Change(_window, Timeout.InfiniteTimeSpan);
            }
            _filling.Add(id.SourceForm, waiter);
            if (urgent || _filling.Count >= _batchSize) ready = TakeFilling();
        }
        if (ready is not null) Send(ready);
        return waiter.Task.WaitAsync(cancellationToken);
    }

    public void Dispose()
    {
        // Not disposed: a batch still in flight reads its token.
        _stopping.Cancel();
        _timer.Dispose();
    }

    private void OnWindowElapsed()
    {
        Batch? ready = null;
        lock (_lock)
        {
            if (_filling.Count == 0) return;
            var left = _window - (_time.GetUtcNow() - _filling.OpenedAt);
            if (left > TimeSpan.Zero) _timer.Change(left, Timeout.InfiniteTimeSpan);
            // A batch in flight sends this one when it returns (group commit).
            else if (_inFlight == 0) ready = TakeFilling();
        }
        if (ready is not null) Send(ready);
    }

    // Under _lock.
    private Batch TakeFilling()
    {
        var batch = _filling;
        _filling = new Batch();
        _inFlight++;
        _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return batch;
    }

    // Off the caller's (a grain's) scheduler: a batch belongs to no one grain.
    private void Send(Batch batch) => _ = Task.Run(() => RunAsync(batch));

    private async Task RunAsync(Batch batch)
    {
        var answers = new Answers(batch.Count);
        try
        {
            await SendRangeAsync(batch, answers, 0, batch.Count);
            Answer(batch, answers);
        }
        catch (Exception e)
        {
            _logger.BatchFailed(e, batch.Count);
            for (var i = 0; i < batch.Count; i++)
                answers.Failures[i] ??= SourceResult<PaperMetadata>.Fail(SourceErrorKind.Unavailable, $"Semantic Scholar paper {batch.Ids[i]} (in a batch of {batch.Count}): {e.Message}", 0);
            Answer(batch, answers);
        }
        finally
        {
            Batch? ready = null;
            lock (_lock)
            {
                _inFlight--;
                if (_inFlight == 0 && _filling.Count > 0 && _time.GetUtcNow() - _filling.OpenedAt >= _window) ready = TakeFilling();
            }
            if (ready is not null) Send(ready);
        }
    }

    private async Task SendRangeAsync(Batch batch, Answers answers, int start, int count)
    {
        var ids = batch.Ids.GetRange(start, count);
        var request = new FetchRequest(_url, _headers, RetryGatewayTimeout: count == 1)
        {
            Method = HttpMethod.Post,
            JsonBody = JsonSerializer.Serialize(new { ids }),
        };
        for (var read = 1; ; read++)
        {
            var response = await _pipeline.GetAsync(request, _stopping.Token);
            answers.Requests[start] += response.Attempts;
            if (response.IsSuccess)
            {
                try
                {
                    var papers = SemanticScholarJson.ParseBatch(response.Body, count);
                    for (var i = 0; i < count; i++) answers.Papers[start + i] = papers[i];
                    answers.Downloads[start]++;
                    return;
                }
                catch (FormatException) when (read < MaxReads)
                {
                    // A truncated body is a transport accident: read it again.
                    continue;
                }
                catch (FormatException e)
                {
                    for (var i = 0; i < count; i++)
                        answers.Failures[start + i] = SourceResult<PaperMetadata>.Fail(SourceErrorKind.Malformed, $"Semantic Scholar paper {ids[i]} (in a batch of {count}): {e.Message}", 0);
                    return;
                }
            }
            if (count > 1 && (SemanticScholarErrors.IsResponseTooLarge(response) || response.Status is 500 or 504))
            {
                _logger.BatchSplit(count, response.Status);
                var half = count / 2;
                await Task.WhenAll(SendRangeAsync(batch, answers, start, half), SendRangeAsync(batch, answers, start + half, count - half));
                return;
            }
            for (var i = 0; i < count; i++)
                answers.Failures[start + i] = SemanticScholarErrors.Failure<PaperMetadata>(response, $"paper {ids[i]} (in a batch of {count})", 0);
            return;
        }
    }

    private static void Answer(Batch batch, Answers answers)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            var result = answers.Failures[i] ?? (answers.Papers[i] is { } paper
                ? SourceResult<PaperMetadata>.Ok(paper, 0)
                : SourceResult<PaperMetadata>.Fail(SourceErrorKind.NotFound, $"Semantic Scholar has no paper {batch.Ids[i]} (not found)", 0));
            var waiters = batch.Waiters[i];
            for (var j = 0; j < waiters.Count; j++)
            {
                // Each request is counted by the first caller of the first paper it asked for, so the sum over papers is the true count.
                waiters[j].TrySetResult(j == 0 && answers.Requests[i] > 0
                    ? result with
                    {
                        Requests = answers.Requests[i],
                        Downloads = answers.Downloads[i],
                        RequestsByKind = new Dictionary<string, int> { [SourceRequestKinds.Key(SemanticScholarSource.Name, SourceRequestKinds.Batch)] = answers.Requests[i] },
                    }
                    : result with { Shared = true });
            }
        }
    }

    /// <summary>The papers waiting to be asked for, each once, with everyone waiting for each.</summary>
    private sealed class Batch
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public List<string> Ids { get; } = [];
        public List<List<TaskCompletionSource<SourceResult<PaperMetadata>>>> Waiters { get; } = [];
        public DateTimeOffset OpenedAt { get; set; }
        public int Count => Ids.Count;

        public void Add(string id, TaskCompletionSource<SourceResult<PaperMetadata>> waiter)
        {
            if (!_index.TryGetValue(id, out var i))
            {
                i = Ids.Count;
                _index[id] = i;
                Ids.Add(id);
                Waiters.Add([]);
            }
            Waiters[i].Add(waiter);
        }
    }

    /// <summary>What the requests of one batch answered, per id (requests and downloads at the first id each request asked for).</summary>
    private sealed class Answers(int count)
    {
        public PaperMetadata?[] Papers { get; } = new PaperMetadata?[count];
        public SourceResult<PaperMetadata>?[] Failures { get; } = new SourceResult<PaperMetadata>?[count];
        public int[] Requests { get; } = new int[count];
        public int[] Downloads { get; } = new int[count];
    }
}
