using System.ComponentModel;
using HubCrawler.Api.Endpoints;
using HubCrawler.Api.Queries;
using HubCrawler.Api.Related;

namespace HubCrawler.Api.Pages;

/// <summary>The server-rendered web pages: start page, search, hub pages and crawl pages. They read
/// the same grains as the API and render HTML; bad input gets a friendly page with the right status.</summary>
internal static class PageEndpoints
{
    private const string Tag = "Web pages";
    private const int RecentOnHome = 10;
    private const int RecentOnCrawls = 50;
    private const int RelatedOnHub = 10;

    public static IEndpointRouteBuilder MapHubCrawlerPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", Home)
            .WithName("HomePage").WithTags(Tag)
            .WithSummary("Start page (HTML)")
            .WithDescription("The search box and the recent crawls.")
            .Produces<string>(StatusCodes.Status200OK, "text/html");

        endpoints.MapGet("/search", Search)
            .WithName("SearchPage").WithTags(Tag)
            .WithSummary("Find a paper by title, words or id (HTML)")
            .WithDescription("Redirects to /papers/{id} for any id form, a bare DOI or arXiv id, a doi.org, arxiv.org or Semantic Scholar link, " +
                             "or a title that names one paper; a list of papers for other words (as GET /api/search); a 400 page for a malformed id or query, " +
                             "a 503 page naming the source when none could search.")
            .Produces(StatusCodes.Status302Found)
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .Produces<string>(StatusCodes.Status400BadRequest, "text/html")
            .Produces<string>(StatusCodes.Status503ServiceUnavailable, "text/html");

        endpoints.MapGet("/papers/{**id}", Paper)
            .WithName("HubPage").WithTags(Tag)
            .WithSummary("A paper's hub page (HTML)")
            .WithDescription("Metadata, behaviour, role and polarity bars, representative citing papers, related papers, the citing-papers explorer " +
                             "(the same query parameters as /api/papers/{id}/citations, 25 a page by default) and freshness. 400/404/502 pages on errors.")
            .DisableValidation()
            .ExplainQueryBindingFailures((context, error) => FiltersNotValid(error, PaperRoute.Id(context.HttpContext.Request.RouteValues["id"] as string ?? "")))
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .Produces<string>(StatusCodes.Status400BadRequest, "text/html")
            .Produces<string>(StatusCodes.Status404NotFound, "text/html")
            .Produces<string>(StatusCodes.Status502BadGateway, "text/html");

        endpoints.MapGet("/crawls", Crawls)
            .WithName("CrawlsPage").WithTags(Tag)
            .WithSummary("Start a crawl (HTML)")
            .WithDescription("A form that starts a crawl through POST /api/crawls, and the recent crawls. ?seed= fills in a seed.")
            .Produces<string>(StatusCodes.Status200OK, "text/html");

        endpoints.MapGet("/crawls/{jobId}", Crawl)
            .WithName("CrawlPage").WithTags(Tag)
            .WithSummary("A crawl's live progress (HTML)")
            .WithDescription("Counters that update while the crawl runs, then failures and export links, the ranking of its papers and a picture of its graph (SVG). 400/404 pages for a malformed or unknown job id.")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .Produces<string>(StatusCodes.Status400BadRequest, "text/html")
            .Produces<string>(StatusCodes.Status404NotFound, "text/html");
        return endpoints;
    }

    private static async Task<IResult> Home(IGrainFactory grains) =>
        PageRenderer.Page<HomePage>(new Dictionary<string, object?> { [nameof(HomePage.Recent)] = await RecentCrawls.Load(grains, RecentOnHome) });

    private static async Task<IResult> Search([Description("What was typed into the search box.")] string? q, IGrainFactory grains)
    {
        if (string.IsNullOrWhiteSpace(q)) return Results.Redirect(PageLinks.Home);
        var answer = await grains.GetGrain<ISearchGrain>(0).Search(q);
        if (answer.Error == SearchErrorKind.InvalidInput)
            return ErrorPage.Result(StatusCodes.Status400BadRequest, "That query cannot be searched", answer.Message!, q);
        if (answer.Error != SearchErrorKind.None) return ErrorPage.Result(StatusCodes.Status503ServiceUnavailable, "The search source failed", answer.Message!, q);
        return answer.ExactMatch is { } exact
            ? Results.Redirect(PageLinks.Paper(exact.HubId))
            : PageRenderer.Page<SearchResultsPage>(new Dictionary<string, object?> { [nameof(SearchResultsPage.Answer)] = answer });
    }

    private static async Task<IResult> Paper([Description("A paper id in any accepted form.")] string id, [AsParameters] CitationPageParameters parameters,
        [Description("citations (the papers citing it, default) or references (the papers it cites).")] string? list,
        HttpRequest request, IGrainFactory grains)
    {
        id = PaperRoute.Id(id);
        if (!PaperIdentifier.TryParse(id, out _, out var invalid))
            return ErrorPage.Result(StatusCodes.Status400BadRequest, "That is not a paper id", invalid, id);
        if (QueryValidation.Problem(parameters) is { } error) return FiltersNotValid(error, id);
        var query = parameters.ToQuery(CitationExplorerView.DefaultLimit);

        var directory = grains.GetGrain<IPaperDirectoryGrain>(0);
        var lookup = await directory.Lookup(id);
        if (lookup.Hub is not { } hub) return ErrorPage.ForLookup(lookup.Error, lookup.Message, id);
        var references = list == "references";
        var edges = references ? await directory.References(hub.PaperId, query) : await directory.Citations(hub.PaperId, query);
        if (edges.Page is not { } page) return ErrorPage.ForLookup(edges.Error, edges.Message, id);
        // Reading the references may have filled in the hub's reference summary.
        if (references && hub.References is null) hub = (await directory.Lookup(hub.PaperId)).Hub ?? hub;
        var related = await new RelatedPapersReader(grains).Read(hub.PaperId, RelatedOnHub, request.HttpContext.RequestAborted);
        var years = await grains.GetGrain<IPaperGrain>(hub.PaperId).GetCitationYears();
        return PageRenderer.Page<HubPage>(HubPage.Parameters(hub, page, query, TimeProvider.System.GetUtcNow(), years, related));
    }

    private static IResult FiltersNotValid(string error, string id) =>
        ErrorPage.Result(StatusCodes.Status400BadRequest, "Those filters are not valid", error, id);

    private static async Task<IResult> Crawls([Description("A paper id to put in the seeds field.")] string? seed, IGrainFactory grains) =>
        PageRenderer.Page<CrawlsPage>(new Dictionary<string, object?>
        {
            [nameof(CrawlsPage.Recent)] = await RecentCrawls.Load(grains, RecentOnCrawls), [nameof(CrawlsPage.Seed)] = seed,
        });

    private static async Task<IResult> Crawl([Description("The crawl's job id.")] string jobId, HttpRequest request, IGrainFactory grains)
    {
        if (!JobIds.IsValid(jobId)) return ErrorPage.Result(StatusCodes.Status400BadRequest, "That is not a crawl id", JobIds.Invalid(jobId));
        var status = await grains.GetGrain<ICrawlJobGrain>(jobId).GetStatus();
        if (status is null) return ErrorPage.Result(StatusCodes.Status404NotFound, "No such crawl", JobIds.Unknown(jobId));
        var graph = await new CrawlGraphSnapshotReader(grains).Read(jobId, request.HttpContext.RequestAborted);
        return PageRenderer.Page<CrawlProgressPage>(CrawlProgressPage.Parameters(status, graph));
    }
}
