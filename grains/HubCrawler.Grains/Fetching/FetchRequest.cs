namespace HubCrawler.Grains.Fetching;

/// <summary>One GET to a source.</summary>
/// <param name="Url">Must be on a registered source host.</param>
/// <param name="Headers">Extra headers, such as an API key.</param>
/// <param name="RetryGatewayTimeout">False when the caller answers a 504 itself (e.g. with a smaller page).</param>
public sealed record FetchRequest(Uri Url, IReadOnlyDictionary<string, string>? Headers = null, bool RetryGatewayTimeout = true);
