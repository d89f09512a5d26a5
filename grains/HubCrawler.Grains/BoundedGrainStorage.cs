using Orleans.Storage;

namespace HubCrawler.Grains;

/// <summary>Grain storage with a bound on operations in flight at once (reads, writes, clears), in front of the real
/// provider. A burst of activations then queues in the silo instead of piling onto the storage account, where every
/// operation would slow down together until activations time out (Orleans cancels an activation whose state read
/// takes longer than its activation timeout). Counts the operations it passed on.</summary>
public sealed class BoundedGrainStorage(IGrainStorage inner, int maxConcurrentOperations) : IGrainStorage
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, maxConcurrentOperations));
    private long _reads;
    private long _writes;

    public long Reads => Interlocked.Read(ref _reads);
    public long Writes => Interlocked.Read(ref _writes);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await _slots.WaitAsync();
        try
        {
            await inner.ReadStateAsync(stateName, grainId, grainState);
            Interlocked.Increment(ref _reads);
        }
        finally
        {
            _slots.Release();
        }
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await _slots.WaitAsync();
        try
        {
            await inner.WriteStateAsync(stateName, grainId, grainState);
            Interlocked.Increment(ref _writes);
        }
        finally
        {
            _slots.Release();
        }
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await _slots.WaitAsync();
        try
        {
            await inner.ClearStateAsync(stateName, grainId, grainState);
        }
        finally
        {
            _slots.Release();
        }
    }
}
