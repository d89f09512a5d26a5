namespace HubCrawler.Sources.Fetching;

/// <summary>A fetch named a host that is not a configured source. It is a bug or an attack, never retried.</summary>
public sealed class ForbiddenHostException(Uri url)
    : InvalidOperationException($"Refusing to fetch {url.GetLeftPart(UriPartial.Authority)}: it is not a configured source host.");
