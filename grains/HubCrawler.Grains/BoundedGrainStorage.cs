using Orleans.Storage;

namespace HubCrawler.Grains;

/// <summary>Grain storage with a bound on operations in flight at once (reads, writes, clears), in front of the real
/// provider. A burst of activations then queues in the silo instead of piling onto the storage account, where every
/// operation would slow down together until activations time out (Orleans cancels an activation whose state read
/// takes longer than its activation timeout).</summary>
public sealed class BoundedGrainStorage(IGrainStorage inner, int maxConcurrentOperations) : IGrainStorage
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, maxConcurrentOperations));

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Bounded(() => inner.ReadStateAsync(stateName, grainId, grainState));

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Bounded(() => inner.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Bounded(() => inner.ClearStateAsync(stateName, grainId, grainState));

    private async Task Bounded(Func<Task> operation)
    {
        await _slots.WaitAsync();
        try
        {
            await operation();
        }
        finally
        {
            _slots.Release();
        }
    }
}
