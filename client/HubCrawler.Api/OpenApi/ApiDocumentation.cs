using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.OpenApi;

namespace HubCrawler.Api.OpenApi;

/// <summary>The OpenAPI document (<c>/openapi/v1.json</c>) and the browsable reference page
/// (<c>/docs</c>, Swagger UI with its assets embedded in the assembly, so it works offline).</summary>
internal static class ApiDocumentation
{
    public const string DocumentName = "v1";
    public const string ReferencePrefix = "docs";

    public static IServiceCollection AddHubCrawlerOpenApi(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Transient<IApiDescriptionProvider, OpenApiPathOverrideProvider>());
        services.AddOpenApi(DocumentName, options => options
            .AddSchemaTransformer(SchemaTypeFixes.Apply)
            .AddOperationTransformer(ResponseHeaderDocs.Apply)
            .AddDocumentTransformer((document, _, _) =>
        {
            ApiKeyDocumentation.DeclareScheme(document);
            foreach (var server in document.Servers ?? [])
                server.Url = server.Url?.TrimEnd('/');
            document.Info = new OpenApiInfo
            {
                Title = "HubCrawler API",
                Version = DocumentName,
                Description =
                    "Paper hubs (metadata, citation role and polarity summaries, representative citing papers), " +
                    "the citing-papers explorer, and crawl jobs. Paper ids: a 40-hex Semantic Scholar id, `arXiv:2507.21802`, " +
                    "`DOI:10.18653/v1/N18-3011`, `CorpusId:123` or `PMID:123`. JSON is camelCase with enums as camelCase strings and ISO 8601 " +
                    "dates; every error is an RFC 9457 problem (application/problem+json) whose detail says what is wrong.",
            };
            // The tags in reading order, with what each groups.
            document.Tags = new HashSet<OpenApiTag>
            {
                new() { Name = "Papers", Description = "Paper hubs and the citations explorer." },
                new() { Name = "Crawls", Description = "Start, watch, list, cancel and export crawls." },
                new() { Name = "Watches", Description = "Alerts of new citing papers: watches, their Atom feeds and webhooks." },
                new() { Name = "Operations", Description = "Liveness and readiness probes." },
                new() { Name = "Web pages", Description = "The server-rendered HTML pages (not JSON)." },
            };
            return Task.CompletedTask;
        }));
        return services;
    }

    public static WebApplication MapHubCrawlerApiReference(this WebApplication app)
    {
        app.MapOpenApi();
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = ReferencePrefix;
            options.DocumentTitle = "HubCrawler API reference";
            options.SwaggerEndpoint($"/openapi/{DocumentName}.json", "HubCrawler API " + DocumentName);
        });
        return app;
    }
}
