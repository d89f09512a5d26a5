using HubCrawler.Abstractions;
using Microsoft.AspNetCore.Http;

namespace HubCrawler.Api.Pages;

/// <summary>A friendly page for a request that went wrong, with the right status code and a search box to try again.</summary>
internal static class ErrorPage
{
    public static IResult Result(int statusCode, string title, string detail, string? searchValue = null) =>
        PageResults.Page(Layout.Page(title, Html.Of($"""
            <section class="problem" data-status="{statusCode}">
            <h1>{title}</h1>
            <p data-detail>{detail}</p>
            </section>
            <h2>Open another hub</h2>
            {Layout.SearchForm(searchValue, "error-search", "Search again")}
            <p><a href="{PageLinks.Home}">Back to the start page</a></p>
            """), searchValue: searchValue), statusCode);

    public static IResult ForLookup(LookupErrorKind error, string? message, string id) => error switch
    {
        LookupErrorKind.InvalidInput => Result(StatusCodes.Status400BadRequest, "That is not a paper id", message ?? "The id is not valid.", id),
        LookupErrorKind.NotFound => Result(StatusCodes.Status404NotFound, "No such paper", message ?? "The source does not know this paper.", id),
        _ => Result(StatusCodes.Status502BadGateway, "The source failed", (message ?? "The source did not answer.") + " Nothing stored was lost; try again later.", id),
    };
}
