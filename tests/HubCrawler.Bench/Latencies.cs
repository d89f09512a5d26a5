using System.Diagnostics;

namespace HubCrawler.Bench;

/// <summary>Timings of repeated operations, in milliseconds.</summary>
public sealed class Latencies
{
    private readonly List<double> _samples = [];

    public int Count => _samples.Count;

    public async Task<T> Time<T>(Func<Task<T>> operation)
    {
        var watch = Stopwatch.StartNew();
        var result = await operation();
        _samples.Add(watch.Elapsed.TotalMilliseconds);
        return result;
    }

    public double Percentile(double p)
    {
        if (_samples.Count == 0) return double.NaN;
        var sorted = _samples.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public object Summary() => new { count = Count, p50Ms = Math.Round(Percentile(50), 2), p99Ms = Math.Round(Percentile(99), 2), maxMs = Math.Round(Percentile(100), 2) };
}
