namespace HubCrawler.Tests.Infrastructure;

/// <summary>Waits for something another activity brings about (a one-way message landing, a background refresh).</summary>
public static class Eventually
{
    /// <summary>Reads until <paramref name="done"/> holds and returns that value; throws with the last value after <paramref name="timeout"/> (default 15 s).</summary>
    public static async Task<T> Holds<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the condition never held; last value: {value}");
            await Task.Delay(50);
        }
    }
}
