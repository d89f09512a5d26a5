using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace HubCrawler.Api.Queries;

/// <summary>A page of a crawl's ranking.</summary>
public sealed class RankingParameters
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    [FromQuery(Name = "offset"), Description("Index of the first paper to return."), DefaultValue(0), Range(0, int.MaxValue, ErrorMessage = "offset must not be negative.")]
    public int? Offset { get; init; }

    [FromQuery(Name = "limit"), Description("Page size."), DefaultValue(DefaultLimit), Range(1, MaxLimit, ErrorMessage = "limit must be between 1 and {2}.")]
    public int? Limit { get; init; }
}
