using HubCrawler.Abstractions;
using HubCrawler.Api.Pages;

namespace HubCrawler.Simulator;

/// <summary>
/// Answers GET /papers/{id}?offset=&amp;limit= with the hub page a HubCrawler deployment serves for the paper, rendered
/// by the real web page code (<see cref="HubPageHtml"/>), so Sources:Hub:BaseUrl can be the simulator's root.
/// </summary>
internal sealed class HubPageHandler(
    SyntheticGraph graph,
    SimHubs hubs,
    FaultInjector injector,
    PaperValidators validators)
{
    /// <summary>GET /papers/{**id}: id in any form <see cref="SyntheticGraph.Find"/> accepts.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var id = Uri.UnescapeDataString(context.GetRouteValue("id") as string ?? string.Empty);
        var tag = context.Features.GetRequiredFeature<RequestTag>();
        tag.Kind = SimRequestKinds.HubPage;
        var paper = graph.Find(id);
        tag.PaperId = paper?.PaperId;

        if (await injector.TryInjectAsync(context, ResponseDialect.Html, paper is null ? [] : [paper.PaperId]))
        {
            return;
        }

        var query = context.Request.Query;
        string? error = null;
        if (!QueryValues.TryParseInt(query["offset"], 0, out var offset))
        {
            error = "offset must be an integer.";
        }
        else if (!QueryValues.TryParseInt(query["limit"], HubPageHtml.DefaultLimit, out var limit))
        {
            error = "limit must be an integer.";
        }
        else
        {
            var citationQuery = new CitationQuery { Offset = offset, Limit = limit };
            error = citationQuery.Validate();
            if (error is null)
            {
                await AnswerAsync(context, id, paper, citationQuery);
                return;
            }
        }

        await SimResponse.WriteAsync(context, StatusCodes.Status400BadRequest, SimResponse.HtmlContentType,
            ResponseDialect.HtmlErrorPage(StatusCodes.Status400BadRequest, "Those filters are not valid", error));
    }

    private async Task AnswerAsync(HttpContext context, string id, SimPaper? paper, CitationQuery query)
    {
        if (paper is null)
        {
            await SimResponse.WriteAsync(context, StatusCodes.Status404NotFound, SimResponse.HtmlContentType,
                ResponseDialect.HtmlErrorPage(StatusCodes.Status404NotFound, "No such paper", $"The source does not know the paper {id}."));
            return;
        }

        if (await validators.TryAnswerNotModifiedAsync(context, paper))
        {
            return;
        }

        var html = HubPageHtml.Render(hubs.Hub(paper), hubs.Page(paper, query), query, DateTimeOffset.UtcNow);
        await injector.WriteOkAsync(context, ResponseDialect.Html, Encoding.UTF8.GetBytes(html));
    }
}
