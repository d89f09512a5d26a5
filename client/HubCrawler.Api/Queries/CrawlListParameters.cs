using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace HubCrawler.Api.Queries;

/// <summary>How many recent crawls GET /api/crawls lists.</summary>
public sealed class CrawlListParameters
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 200;

    [FromQuery(Name = "limit"), Description("How many crawls."), DefaultValue(DefaultLimit), Range(1, MaxLimit, ErrorMessage = "limit must be between 1 and {2}.")]
    public int? Limit { get; init; }
}
