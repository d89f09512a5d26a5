using Orleans.Storage;

namespace HubCrawler.Grains;

/// <summary>Writes grain state through storage outages: a write that fails is retried with backoff
/// for a while (the grain's work pauses rather than being lost), and an ETag conflict left by a
/// write whose answer was lost is settled by taking the stored ETag and writing again.</summary>
public static class StateWrites
{
    public static async Task WriteWithRetry<T>(this IPersistentState<T> state, ILogger logger, TimeSpan budget, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + budget;
        var delay = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await state.WriteStateAsync(cancellationToken);
                if (attempt > 1) logger.StateWrittenAfterRetries(attempt);
                return;
            }
            catch (InconsistentStateException) when (DateTime.UtcNow < deadline)
            {
                // This grain is the only writer, so the stored copy is an earlier write of ours: keep ours, take its ETag.
                var mine = state.State;
                await state.ReadStateAsync(cancellationToken);
                state.State = mine;
            }
            catch (Exception e) when (e is not OperationCanceledException && DateTime.UtcNow < deadline)
            {
                logger.StateWriteFailed(attempt, e.Message, delay);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 10_000));
            }
        }
    }
}
