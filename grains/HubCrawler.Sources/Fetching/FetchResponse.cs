using System.Net;

namespace HubCrawler.Sources.Fetching;

/// <summary>What a source answered after the retry budget: a status and body, or a transport failure.</summary>
public sealed record FetchResponse
{
    /// <summary>The last HTTP status, or 0 when no response arrived (timeout, connection failure).</summary>
    public int Status { get; init; }
    public byte[] Body { get; init; } = [];
    /// <summary>HTTP requests sent for this fetch, retries included.</summary>
    public int Attempts { get; init; }
    /// <summary>What went wrong on the transport, when Status is 0.</summary>
    public string? TransportError { get; init; }
    /// <summary>The validators the source sent, for conditional re-fetches.</summary>
    public string? ETag { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    public string? ContentType { get; init; }
    /// <summary>Set when the host asked to wait (429/503, a spent budget) or is paused: until when and why. No retry was made;
    /// the caller's paper goes back to its crawl to wait. <see cref="Attempts"/> is 0 when the pause kept the request from being sent.</summary>
    public HostWait? Throttle { get; init; }

    public bool IsSuccess => Status is >= 200 and < 300;

    public HttpStatusCode StatusCode => (HttpStatusCode)Status;
}
