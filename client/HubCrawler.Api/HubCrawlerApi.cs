using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using HubCrawler.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HubCrawler.Api;

/// <summary>The HTTP API: paper hubs, citation pages and crawl jobs. Thin on purpose: it reads
/// and starts grains and turns their answers into HTTP; the crawl logic lives in the grains.</summary>
public static partial class HubCrawlerApi
{
    private const string CitationsSuffix = "/citations";

    /// <summary>JSON settings (camelCase, enums as camelCase strings) and problem details.</summary>
    public static IServiceCollection AddHubCrawlerApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        return services;
    }

    /// <summary>Error handling for the whole app, then the API's endpoints.</summary>
    public static WebApplication UseHubCrawlerApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHubCrawlerApi();
        return app;
    }

    public static IEndpointRouteBuilder MapHubCrawlerApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        // DOIs contain slashes, so the paper id takes the rest of the path; ".../citations" selects the explorer.
        api.MapGet("/papers/{**id}", GetPaper);
        api.MapPost("/crawls", StartCrawl);
        api.MapGet("/crawls/{jobId}", GetCrawl);
        api.MapDelete("/crawls/{jobId}", CancelCrawl);
        endpoints.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        return endpoints;
    }

    private static async Task<IResult> GetPaper(string id, HttpRequest request, IGrainFactory grains)
    {
        var directory = grains.GetGrain<IPaperDirectoryGrain>(0);
        if (id.EndsWith(CitationsSuffix, StringComparison.OrdinalIgnoreCase))
            return await GetCitations(Uri.UnescapeDataString(id[..^CitationsSuffix.Length]), request, directory);

        if (!QueryParameters.TryBool(request, "refresh", out var refresh, out var error)) return ApiProblems.BadRequest(error!);
        var lookup = await directory.Lookup(Uri.UnescapeDataString(id), refresh);
        return lookup.Hub is { } hub ? Results.Ok(hub) : ApiProblems.ForLookup(lookup.Error, lookup.Message);
    }

    private static async Task<IResult> GetCitations(string id, HttpRequest request, IPaperDirectoryGrain directory)
    {
        if (!QueryParameters.TryInt(request, "offset", 0, out var offset, out var error)
            || !QueryParameters.TryInt(request, "limit", 50, out var limit, out error)
            || !QueryParameters.TryEnum<CitationRole>(request, "role", out var role, out error)
            || !QueryParameters.TryEnum<CitationPolarity>(request, "polarity", out var polarity, out error)
            || !QueryParameters.TryOptionalInt(request, "yearFrom", out var yearFrom, out error)
            || !QueryParameters.TryOptionalInt(request, "yearTo", out var yearTo, out error)
            || !QueryParameters.TryEnum<CitationSort>(request, "sort", out var sort, out error))
            return ApiProblems.BadRequest(error!);

        var query = new CitationQuery
        {
            Offset = offset, Limit = limit, Role = role, Polarity = polarity, YearFrom = yearFrom, YearTo = yearTo,
            Sort = sort ?? CitationSort.Source,
        };
        if (query.Validate() is { } invalid) return ApiProblems.BadRequest(invalid);
        var result = await directory.Citations(id, query);
        if (result.Page is not { } page) return ApiProblems.ForLookup(result.Error, result.Message);

        string? next = null;
        if (page.NextOffset is { } nextOffset)
        {
            var parameters = QueryString.Create(request.Query
                .Where(p => p.Key != "offset")
                .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
                .Append(new KeyValuePair<string, string?>("offset", nextOffset.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            next = $"/api/papers/{page.PaperId}/citations{parameters}";
        }
        return Results.Ok(new { page.PaperId, page.Total, page.Offset, page.Limit, page.NextOffset, next, page.Items });
    }

    private static async Task<IResult> StartCrawl(HttpRequest request, IGrainFactory grains)
    {
        if (!request.HasJsonContentType())
            return Results.Problem("Send the crawl as JSON (Content-Type: application/json).", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        CrawlRequest? crawl;
        try
        {
            crawl = await request.ReadFromJsonAsync<CrawlRequest>();
        }
        catch (JsonException e)
        {
            return ApiProblems.BadRequest($"The body is not a crawl request: {e.Message}");
        }
        if (crawl is null) return ApiProblems.BadRequest("The body is empty; send {\"seeds\":[...],\"depth\":n,\"maxPapers\":n}.");
        if (crawl.Validate() is { } invalid) return ApiProblems.BadRequest(invalid);

        var jobId = NewJobId();
        var status = await grains.GetGrain<ICrawlJobGrain>(jobId).Start(crawl);
        return Results.Accepted($"/api/crawls/{jobId}", status);
    }

    private static async Task<IResult> GetCrawl(string jobId, IGrainFactory grains)
    {
        if (!JobId().IsMatch(jobId)) return ApiProblems.BadRequest($"'{jobId}' is not a job id.");
        var status = await grains.GetGrain<ICrawlJobGrain>(jobId).GetStatus();
        return status is null ? ApiProblems.NotFound($"No crawl job has the id '{jobId}'.") : Results.Ok(status);
    }

    private static async Task<IResult> CancelCrawl(string jobId, IGrainFactory grains)
    {
        if (!JobId().IsMatch(jobId)) return ApiProblems.BadRequest($"'{jobId}' is not a job id.");
        var status = await grains.GetGrain<ICrawlJobGrain>(jobId).Cancel();
        return status is null ? ApiProblems.NotFound($"No crawl job has the id '{jobId}'.") : Results.Ok(status);
    }

    private static string NewJobId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex JobId();
}
