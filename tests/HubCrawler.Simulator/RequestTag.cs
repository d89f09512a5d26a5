namespace HubCrawler.Simulator;

/// <summary>Request feature through which handlers tell the request log what a request was about.</summary>
internal sealed class RequestTag
{
    /// <summary>One of <see cref="SimRequestKinds"/>.</summary>
    public string Kind { get; set; } = SimRequestKinds.Other;

    /// <summary>Semantic Scholar id of the resolved paper, if any.</summary>
    public string? PaperId { get; set; }
}
