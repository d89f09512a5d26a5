namespace HubCrawler.Contracts;

/// <summary>The body of POST /api/watches.</summary>
/// <param name="PaperId">The paper to watch, in any accepted id form.</param>
/// <param name="Every">How often to check: "6h", "30m", "1d", "1h30m" or ISO 8601 ("PT6H"); default 6h, at least the server's minimum (1h by default).</param>
/// <param name="Webhook">Optional http(s) URL POSTed a JSON body with the new citing papers of each check that found some.</param>
/// <param name="Secret">Optional shared secret: each webhook body is signed with HMAC-SHA256 in X-HubCrawler-Signature: sha256=&lt;hex&gt;.</param>
public sealed record WatchBody(string? PaperId, string? Every, string? Webhook, string? Secret);
