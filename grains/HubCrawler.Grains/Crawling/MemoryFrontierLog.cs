using System.Collections.Concurrent;

namespace HubCrawler.Grains.Crawling;

/// <summary>Frontier logs in the silo's memory (with memory grain storage: tests, benchmarks, throwaway runs).</summary>
public sealed class MemoryFrontierLog : IFrontierLog
{
    private readonly ConcurrentDictionary<string, List<byte[]>> _logs = new(StringComparer.Ordinal);

    public Task<IFrontierLogStream> OpenAsync(string jobId, int partition, CancellationToken cancellationToken = default)
    {
        var records = _logs.GetOrAdd($"{jobId}/{partition}", _ => []);
        lock (records) return Task.FromResult<IFrontierLogStream>(new Stream(records, records.ToList()));
    }

    private sealed class Stream(List<byte[]> log, IReadOnlyList<byte[]> records) : IFrontierLogStream
    {
        public IReadOnlyList<byte[]> Records => records;

        public Task AppendAsync(byte[] record, CancellationToken cancellationToken = default)
        {
            lock (log) log.Add(record);
            return Task.CompletedTask;
        }
    }
}
