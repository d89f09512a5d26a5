using System.Globalization;

namespace HubCrawler.Tests.Infrastructure;

/// <summary>A snapshot of what a <see cref="StorageProxy"/> received: plain data (serializes with System.Text.Json),
/// totals and the same requests grouped by method, container, kind and answer. Writes and reads are as defined on
/// <see cref="StorageProxy.IsWrite"/> and <see cref="StorageProxy.IsRead"/>.</summary>
public sealed record StorageProxyCounts
{
    /// <summary>Every request received (each is counted once, on arrival, whatever it was answered).</summary>
    public long Requests { get; init; }
    public long Writes { get; init; }
    public long Reads { get; init; }
    /// <summary>Requests answered 503 ServerBusy by the proxy itself (<see cref="StorageProxy.FailRate"/>), not forwarded.</summary>
    public long InjectedFailures { get; init; }
    /// <summary>Requests by HTTP method ("PUT", "GET", …).</summary>
    public IReadOnlyDictionary<string, long> ByMethod { get; init; } = new Dictionary<string, long>();
    /// <summary>Requests by container ("(account)" for account-level requests such as listing containers).</summary>
    public IReadOnlyDictionary<string, long> ByContainer { get; init; } = new Dictionary<string, long>();
    /// <summary>Requests by operation kind ("blob", "container", "appendblock", "list", "lease", …).</summary>
    public IReadOnlyDictionary<string, long> ByKind { get; init; } = new Dictionary<string, long>();
    public IReadOnlyDictionary<string, long> WritesByContainer { get; init; } = new Dictionary<string, long>();
    public IReadOnlyDictionary<string, long> ReadsByContainer { get; init; } = new Dictionary<string, long>();
    /// <summary>Answers by HTTP status code ("201", "412", …), the proxy's own 503s included; a request whose
    /// forwarding failed (storage unreachable, client gone) is under "aborted". Requests still in flight are in no status.</summary>
    public IReadOnlyDictionary<string, long> ByStatus { get; init; } = new Dictionary<string, long>();
    /// <summary>The finest grain: one row per method, container and kind seen, ordered.</summary>
    public IReadOnlyList<StorageOperationCount> Operations { get; init; } = [];

    /// <summary>Builds the groupings from the finest counts.</summary>
    public static StorageProxyCounts From(IEnumerable<StorageOperationCount> operations, IReadOnlyDictionary<string, long> byStatus, long injectedFailures)
    {
        var rows = operations.Where(o => o.Count > 0)
            .OrderBy(o => o.Container, StringComparer.Ordinal).ThenBy(o => o.Kind, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)
            .ToList();
        static Dictionary<string, long> Group(IEnumerable<StorageOperationCount> source, Func<StorageOperationCount, string> key) =>
            source.GroupBy(key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(o => o.Count), StringComparer.Ordinal);
        var writes = rows.Where(o => StorageProxy.IsWrite(o.Method)).ToList();
        var reads = rows.Where(o => StorageProxy.IsRead(o.Method)).ToList();
        return new StorageProxyCounts
        {
            Requests = rows.Sum(o => o.Count),
            Writes = writes.Sum(o => o.Count),
            Reads = reads.Sum(o => o.Count),
            InjectedFailures = injectedFailures,
            ByMethod = Group(rows, o => o.Method),
            ByContainer = Group(rows, o => o.Container),
            ByKind = Group(rows, o => o.Kind),
            WritesByContainer = Group(writes, o => o.Container),
            ReadsByContainer = Group(reads, o => o.Container),
            ByStatus = byStatus.OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal),
            Operations = rows,
        };
    }

    /// <summary>The count of one method, container and kind (0 if none).</summary>
    public long Count(string method, string container, string kind) =>
        Operations.Where(o => o.Method == method && o.Container == container && o.Kind == kind).Sum(o => o.Count);

    /// <summary>A few lines for a test's output: totals, then writes and reads by container, then every row.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"storage requests {Requests} (writes {Writes}, reads {Reads}, injected 503s {InjectedFailures})");
        text.AppendLine("  by status: " + string.Join(", ", ByStatus.Select(s => $"{s.Key} {s.Value}")));
        foreach (var container in ByContainer.Keys)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {container}: writes {WritesByContainer.GetValueOrDefault(container)}, reads {ReadsByContainer.GetValueOrDefault(container)}");
        foreach (var row in Operations)
            text.AppendLine(CultureInfo.InvariantCulture, $"    {row.Container} {row.Kind} {row.Method}: {row.Count}");
        return text.ToString();
    }
}
