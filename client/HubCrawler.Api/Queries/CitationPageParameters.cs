using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace HubCrawler.Api.Queries;

/// <summary>A page of the citations (or references) explorer: the filters, offset and limit.</summary>
public sealed class CitationPageParameters : CitationFilterParameters
{
    /// <summary>The API's page size; the hub page shows fewer.</summary>
    public const int DefaultLimit = 50;

    [FromQuery(Name = "offset"), Description("Index of the first citation to return."), DefaultValue(0),
     Range(0, CitationQuery.MaxOffset, ErrorMessage = "offset must be between 0 and {2}.")]
    public int? Offset { get; init; }

    [FromQuery(Name = "limit"), Description("Page size (default 50 in the API, 25 on the hub page)."),
     Range(1, CitationQuery.MaxLimit, ErrorMessage = "limit must be between 1 and {2}.")]
    public int? Limit { get; init; }

    /// <summary>The grain query for this page, <paramref name="defaultLimit"/> a page unless the query says.</summary>
    public CitationQuery ToQuery(int defaultLimit) => ToQuery(Offset ?? 0, Limit ?? defaultLimit);
}
