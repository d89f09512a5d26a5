namespace HubCrawler.Abstractions;

/// <summary>The answer to creating a watch: the watch, or why there is none.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.WatchResult")]
public sealed record WatchResult
{
    [Id(0)] public WatchInfo? Watch { get; init; }
    [Id(1)] public LookupErrorKind Error { get; init; }
    [Id(2)] public string? Message { get; init; }

    public static WatchResult Created(WatchInfo watch) => new() { Watch = watch };
    public static WatchResult Failed(LookupErrorKind error, string message) => new() { Error = error, Message = message };
}
