using System.Text.Json;
using HubCrawler.Abstractions;

namespace HubCrawler.Cli.Api;

/// <summary>An item of <c>GET /api/crawls</c>. Read leniently: the status may be a word ("running") or an object
/// with the crawl's counters, and the counters may also sit on the item itself.</summary>
internal sealed record RecentCrawl
{
    public required string JobId { get; init; }
    public CrawlRequest? Request { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public JsonElement Status { get; init; }
    public bool? Done { get; init; }
    public bool? Cancelled { get; init; }
    public int? Discovered { get; init; }
    public int? Fetched { get; init; }
    public int? FromCache { get; init; }
    public int? Failed { get; init; }
    public int? Pending { get; init; }

    /// <summary>"running", "done", "cancelled" or whatever word the API used.</summary>
    public string StatusText => Status.ValueKind switch
    {
        JsonValueKind.String => Status.GetString() ?? "",
        JsonValueKind.Object => Describe(Flag(Status, "done"), Flag(Status, "cancelled")) ?? "",
        _ => Describe(Done, Cancelled) ?? "",
    };

    /// <summary>A counter from the item, else from its status object.</summary>
    public int? Counter(string name, int? own) =>
        own ?? (Status.ValueKind == JsonValueKind.Object && Status.TryGetProperty(name, out var value) && value.TryGetInt32(out var n) ? n : null);

    private static bool? Flag(JsonElement status, string name) =>
        status.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    private static string? Describe(bool? done, bool? cancelled) =>
        cancelled == true ? "cancelled" : done == true ? "done" : done == false ? "running" : null;
}
