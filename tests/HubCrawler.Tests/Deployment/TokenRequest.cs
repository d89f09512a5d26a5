namespace HubCrawler.Tests.Deployment;

/// <summary>One token request: the resource (audience), the user-assigned identity's client id, the protocol version,
/// and whether the caller sent the right X-IDENTITY-HEADER.</summary>
public sealed record TokenRequest(string Resource, string ClientId, string ApiVersion, bool HeaderMatched);
