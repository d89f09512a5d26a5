using System.Text.Json;
using System.Text.Json.Serialization;
using HubCrawler.Api.Endpoints;
using HubCrawler.Api.Export;
using HubCrawler.Api.Health;
using HubCrawler.Api.OpenApi;
using HubCrawler.Api.Pages;
using HubCrawler.Api.Queries;
using HubCrawler.Api.Security;
using Microsoft.Extensions.DependencyInjection;

namespace HubCrawler.Api;

/// <summary>The HTTP API and the web pages: paper hubs, citation pages, crawl jobs, exports, probes,
/// the OpenAPI document and its reference page. Thin on purpose: it reads and starts grains and turns
/// their answers into HTTP and HTML; the crawl logic lives in the grains. Both hosts (the silo and the
/// Orleans-client front end) call these two methods, so they serve the same endpoints.</summary>
public static class HubCrawlerApi
{
    /// <summary>JSON settings (camelCase, enums as camelCase strings), problem details, routing and OpenAPI.</summary>
    public static IServiceCollection AddHubCrawlerApi(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // Routing answers 415 before the endpoint runs (its Accepts metadata), with no detail of its own.
            if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType && string.IsNullOrEmpty(context.ProblemDetails.Detail))
                context.ProblemDetails.Detail = "This endpoint takes a JSON body: send it with Content-Type: application/json.";
            // The query records' validation answers with its rules' messages; the detail says them all, as every problem here does.
            if (context.ProblemDetails is HttpValidationProblemDetails { Errors.Count: > 0 } invalid && string.IsNullOrEmpty(invalid.Detail))
            {
                invalid.Title = ApiProblems.BadRequestTitle;
                invalid.Detail = string.Join(" ", invalid.Errors.SelectMany(e => e.Value));
            }
        });
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        services.Configure<RouteOptions>(options =>
        {
            options.SetParameterPolicy<CitationsSuffixConstraint>(CitationsSuffixConstraint.Name);
            options.SetParameterPolicy<ReferencesSuffixConstraint>(ReferencesSuffixConstraint.Name);
            options.SetParameterPolicy<RelatedSuffixConstraint>(RelatedSuffixConstraint.Name);
            options.SetParameterPolicy<FeedSuffixConstraint>(FeedSuffixConstraint.Name);
            options.SetParameterPolicy<ExportSuffixConstraint>(ExportSuffixConstraint.Name);
        });
        services.AddValidation();
        services.AddHubCrawlerOpenApi();
        services.AddHubCrawlerSecurity();
        services.AddHealthChecks().AddCheck<ClusterReadinessCheck>("cluster");
        return services;
    }

    /// <summary>Error handling for the whole app, the API reference, then the endpoints and pages.</summary>
    public static WebApplication UseHubCrawlerApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseHeadAsGet();
        app.UseEmptyQueryValuesAsAbsent();
        app.UsePageAssets();
        app.UseRouting();
        app.UseHubCrawlerSecurity();
        app.MapHubCrawlerApiReference();
        app.MapHubCrawlerApi();
        app.MapHubCrawlerPages();
        return app;
    }

    /// <summary>The JSON API under /api, and the health and readiness probes.</summary>
    public static IEndpointRouteBuilder MapHubCrawlerApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").ExplainQueryBindingFailures((_, error) => ApiProblems.BadRequest(error));
        PaperEndpoints.Map(api);
        SearchEndpoints.Map(api);
        CrawlEndpoints.Map(api);
        CrawlEventsEndpoint.Map(api);
        ExportEndpoint.Map(api);
        RelatedEndpoints.Map(api);
        WatchEndpoints.Map(api);
        FeedEndpoint.Map(endpoints);
        PaperExportEndpoint.Map(api);
        HealthEndpoints.Map(endpoints);
        return endpoints;
    }
}
