using HubCrawler.Abstractions;
using Microsoft.AspNetCore.Http;

namespace HubCrawler.Api;

/// <summary>RFC 9457 problem answers, one per way a request can go wrong.</summary>
internal static class ApiProblems
{
    public static IResult BadRequest(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid");

    public static IResult NotFound(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult ForLookup(LookupErrorKind error, string? message) => error switch
    {
        LookupErrorKind.InvalidInput => BadRequest(message ?? "The id is not valid."),
        LookupErrorKind.NotFound => NotFound(message ?? "No such paper."),
        _ => Results.Problem(message ?? "The source failed.", statusCode: StatusCodes.Status502BadGateway, title: "The source failed; nothing was stored"),
    };
}
