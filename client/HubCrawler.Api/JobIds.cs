using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace HubCrawler.Api;

/// <summary>Crawl job ids: 16 lower-case hex characters, random.</summary>
internal static partial class JobIds
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public static bool IsValid(string? jobId) => jobId is not null && Pattern().IsMatch(jobId);

    public static string Invalid(string jobId) => $"'{(jobId.Length <= 40 ? jobId : jobId[..40] + "…")}' is not a job id (16 hex characters).";

    public static string Unknown(string jobId) => $"No crawl job has the id '{jobId}'.";

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex Pattern();
}
