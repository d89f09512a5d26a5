namespace HubCrawler.Simulator;

/// <summary>The outcome of asking the OpenAlex budget for one request, as the X-RateLimit-* headers report it.</summary>
/// <param name="Allowed">Whether the request may be answered (false: 429).</param>
/// <param name="Limit">The daily budget (X-RateLimit-Limit).</param>
/// <param name="Remaining">Credits left today after this request (X-RateLimit-Remaining).</param>
/// <param name="CreditsUsed">What this request cost (X-RateLimit-Credits-Used); 0 when refused.</param>
/// <param name="SecondsToReset">Seconds to midnight UTC, when the budget is whole again (X-RateLimit-Reset, and Retry-After on a 429).</param>
internal readonly record struct OpenAlexCharge(bool Allowed, long Limit, long Remaining, int CreditsUsed, long SecondsToReset);
