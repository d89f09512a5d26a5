namespace HubCrawler.Cli.Api;

/// <summary>The API answered with an error: an RFC 9457 problem (or, failing that, its status line), or an answer
/// that broke off or could not be read (no status then).</summary>
internal sealed class ApiProblemException(int? status, string title, string? detail) : Exception(detail is null ? title : $"{title}: {detail}")
{
    public int? Status { get; } = status;
    public string Title { get; } = title;
    public string? Detail { get; } = detail;
}
