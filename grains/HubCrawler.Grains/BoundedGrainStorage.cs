using System.Diagnostics;
using HubCrawler.Sources.Telemetry;
using Orleans.Storage;

namespace HubCrawler.Grains;

/// <summary>Grain storage with a bound on operations in flight at once (reads, writes, clears), in front of the real
/// provider. A burst of activations then queues in the silo instead of piling onto the storage account, where every
/// operation would slow down together until activations time out (Orleans cancels an activation whose state read
/// takes longer than its activation timeout). Each operation is counted and timed (hubcrawler.storage.*).</summary>
public sealed class BoundedGrainStorage(IGrainStorage inner, int maxConcurrentOperations) : IGrainStorage, IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, maxConcurrentOperations));

    public void Dispose() => _slots.Dispose();

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Bounded("read", () => inner.ReadStateAsync(stateName, grainId, grainState));

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Bounded("write", () => inner.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Bounded("clear", () => inner.ClearStateAsync(stateName, grainId, grainState));

    private async Task Bounded(string kind, Func<Task> operation)
    {
        var started = Stopwatch.GetTimestamp();
        var succeeded = false;
        await _slots.WaitAsync();
        try
        {
            await operation();
            succeeded = true;
        }
        finally
        {
            _slots.Release();
            CrawlerMetrics.StorageOperation(kind, succeeded, Stopwatch.GetElapsedTime(started));
        }
    }
}
