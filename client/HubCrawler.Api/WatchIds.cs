using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace HubCrawler.Api;

/// <summary>Watch ids: 16 lower-case hex characters, random.</summary>
internal static partial class WatchIds
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public static bool IsValid(string? watchId) => watchId is not null && Pattern().IsMatch(watchId);

    public static string Invalid(string watchId) => $"'{(watchId.Length <= 40 ? watchId : watchId[..40] + "…")}' is not a watch id (16 hex characters).";

    public static string Unknown(string watchId) => $"No watch has the id '{watchId}'.";

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex Pattern();
}
