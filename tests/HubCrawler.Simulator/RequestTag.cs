namespace HubCrawler.Simulator;

/// <summary>Request feature through which handlers tell the request log what a request was about.</summary>
internal sealed class RequestTag
{
    /// <summary>One of <see cref="SimRequestKinds"/>.</summary>
    public string Kind { get; set; } = SimRequestKinds.Other;

    /// <summary>Semantic Scholar id of the resolved paper, if any.</summary>
    public string? PaperId { get; set; }

    /// <summary>One of <see cref="SimThrottleCauses"/> when a fault answered 429; otherwise null.</summary>
    public string? ThrottledBy { get; set; }
}
