using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace HubCrawler.Api.Queries;

/// <summary>A search: the query text and how many papers. The query itself is checked by the search grain, which
/// explains what is wrong with it.</summary>
public sealed class SearchParameters
{
    [FromQuery(Name = "q"), Description("A title, some words or a paper id (1 to 300 characters).")]
    public string? Q { get; init; }

    [FromQuery(Name = "limit"), Description("Most papers to return."), DefaultValue(SearchInput.DefaultLimit),
     Range(1, SearchInput.MaxLimit, ErrorMessage = "limit must be between 1 and {2}.")]
    public int? Limit { get; init; }
}
