namespace HubCrawler.Tests.Infrastructure;

/// <summary>How many requests of one HTTP method, to one container, of one operation kind a <see cref="StorageProxy"/>
/// received (see <see cref="StorageProxy"/> for what container and kind mean).</summary>
public sealed record StorageOperationCount(string Method, string Container, string Kind, long Count);
