using System.Diagnostics;

namespace HubCrawler.Cli.Rendering;

/// <summary>Papers per second over the last few seconds, so the rate shown follows the crawl as it speeds up or stalls.</summary>
internal sealed class RateMeter
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);
    private readonly Queue<(long At, int Count)> _samples = new();

    /// <summary>Records the processed count now and returns the recent rate.</summary>
    public double Add(int processed)
    {
        var now = Stopwatch.GetTimestamp();
        _samples.Enqueue((now, processed));
        while (_samples.Count > 2 && Stopwatch.GetElapsedTime(_samples.Peek().At, now) > Window) _samples.Dequeue();
        var (at, count) = _samples.Peek();
        var seconds = Stopwatch.GetElapsedTime(at, now).TotalSeconds;
        return seconds > 0 ? Math.Max(0, processed - count) / seconds : 0;
    }
}
