namespace HubCrawler.Tests.Infrastructure;

/// <summary>Waits for something another activity brings about (a one-way message landing, a background refresh, a crawl
/// finishing). The one polling loop of the tests.</summary>
public static class Eventually
{
    /// <summary>Reads until <paramref name="done"/> holds and returns that value; throws with the last value after
    /// <paramref name="timeout"/> (default 15 s). Exceptions <paramref name="transient"/> accepts are retried until the deadline.</summary>
    public static async Task<T> Holds<T>(
        Func<Task<T>> read,
        Func<T, bool> done,
        TimeSpan? timeout = null,
        Func<Exception, bool>? transient = null,
        TimeSpan? every = null,
        Func<T, string>? describe = null)
    {
        var (value, held) = await Poll(read, done, timeout ?? TimeSpan.FromSeconds(15), transient, every);
        if (held) return value;
        throw new TimeoutException($"the condition never held; last value: {(describe is null ? value?.ToString() : describe(value))}");
    }

    /// <summary>Reads until <paramref name="done"/> holds or <paramref name="timeout"/> passes and returns the last value
    /// read, without throwing: for tests that assert on that value themselves.</summary>
    public static async Task<T> Last<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, TimeSpan? every = null) =>
        (await Poll(read, done, timeout, null, every)).Value;

    /// <summary>Waits until <paramref name="condition"/> holds or <paramref name="timeout"/> passes; the test asserts afterwards.</summary>
    public static Task Until(Func<bool> condition, TimeSpan timeout, TimeSpan? every = null) =>
        Poll(() => Task.FromResult(condition()), held => held, timeout, null, every);

    private static async Task<(T Value, bool Held)> Poll<T>(
        Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, Func<Exception, bool>? transient, TimeSpan? every)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                var value = await read();
                if (done(value)) return (value, true);
                if (DateTime.UtcNow > deadline) return (value, false);
            }
            catch (Exception e) when (transient is not null && transient(e) && DateTime.UtcNow < deadline)
            {
            }
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(50));
        }
    }
}
