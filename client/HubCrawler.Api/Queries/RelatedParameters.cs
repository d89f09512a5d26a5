using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace HubCrawler.Api.Queries;

/// <summary>How long the related-papers lists are.</summary>
public sealed class RelatedParameters
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    [FromQuery(Name = "limit"), Description("Papers per list."), DefaultValue(DefaultLimit), Range(1, MaxLimit, ErrorMessage = "limit must be between 1 and {2}.")]
    public int? Limit { get; init; }
}
