using System.Security.Cryptography;
using System.Text;

namespace HubCrawler.Grains.Watching;

/// <summary>The webhook signature: <c>sha256=</c> and the lower-case hex HMAC-SHA256 of the body under the shared secret.</summary>
public static class WebhookSignature
{
    public const string Header = "X-HubCrawler-Signature";

    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Whether <paramref name="signature"/> is the body's signature (compared in constant time).</summary>
    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(signature));
}
