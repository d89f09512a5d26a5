using Microsoft.AspNetCore.Http.HttpResults;

namespace HubCrawler.Api;

/// <summary>RFC 9457 problem answers, one per way a request can go wrong.</summary>
internal static class ApiProblems
{
    public const string BadRequestTitle = "The request is not valid";

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: BadRequestTitle);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult ForLookup(LookupErrorKind error, string? message) => error switch
    {
        LookupErrorKind.InvalidInput => BadRequest(message ?? "The id is not valid."),
        LookupErrorKind.NotFound => NotFound(message ?? "No such paper."),
        _ => TypedResults.Problem(message ?? "The source failed.", statusCode: StatusCodes.Status502BadGateway, title: "The source failed; nothing was stored"),
    };

    /// <summary>A search without an answer: 400 for the query, else 503 naming the sources that failed.</summary>
    public static ProblemHttpResult ForSearch(SearchAnswer answer) => answer.Error == SearchErrorKind.InvalidInput
        ? BadRequest(answer.Message ?? "The query is not valid.")
        : TypedResults.Problem(answer.Message ?? "The search source failed.", statusCode: StatusCodes.Status503ServiceUnavailable,
            title: answer.FailedSources.Count > 0 ? $"The search failed at {string.Join(", ", answer.FailedSources.Keys)}" : "No source could search",
            extensions: new Dictionary<string, object?> { ["failedSources"] = answer.FailedSources });
}
