namespace HubCrawler.Cli.Api;

/// <summary>An API answer both read (<see cref="Value"/>) and as it came (<see cref="Raw"/>, for <c>--json</c>).</summary>
internal sealed record ApiAnswer<T>(T Value, string Raw);
