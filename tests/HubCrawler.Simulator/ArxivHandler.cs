using System.Text.RegularExpressions;

namespace HubCrawler.Simulator;

/// <summary>
/// Answers GET /arxiv/abs/{arxivId}[vN] with the paper's arXiv abs page, injecting the configured faults. The current
/// version of a paper is 1 + its revision; asking for a later version is 404, as on arXiv. Pages are public: no API key.
/// </summary>
internal sealed partial class ArxivHandler(
    SyntheticGraph graph,
    SimulatorFaults faults,
    PaperRevisions revisions,
    FaultInjector injector,
    PaperValidators validators)
{
    /// <summary>GET /arxiv/abs/{**id}.</summary>
    public async Task HandleAbsAsync(HttpContext context)
    {
        var id = Uri.UnescapeDataString(context.GetRouteValue("id") as string ?? string.Empty).Trim();
        var tag = context.Features.GetRequiredFeature<RequestTag>();
        tag.Kind = SimRequestKinds.ArxivAbs;
        var match = IdPattern().Match(id);
        var paper = match.Success ? graph.Find("arXiv:" + match.Groups["id"].Value) : null;
        tag.PaperId = paper?.PaperId;

        if (await injector.TryInjectAsync(context, ResponseDialect.Html, paper is null ? [] : [paper.PaperId]))
        {
            return;
        }

        var version = paper is null ? 0 : 1 + revisions.Of(paper.Index);
        if (paper is null
            || (match.Groups["version"].Success
                && (!int.TryParse(match.Groups["version"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) || asked < 1 || asked > version)))
        {
            await SimResponse.WriteAsync(context, StatusCodes.Status404NotFound, SimResponse.HtmlContentType,
                ResponseDialect.HtmlErrorPage(StatusCodes.Status404NotFound, "Article not found", $"Article identifier '{id}' not recognized."));
            return;
        }

        if (await validators.TryAnswerNotModifiedAsync(context, paper))
        {
            return;
        }

        var arxivBase = $"{context.Request.Scheme}://{context.Request.Host}/arxiv";
        var html = ArxivAbsPage.Render(revisions.Apply(paper), version, arxivBase, faults.ArxivQuirks);
        await injector.WriteOkAsync(context, ResponseDialect.Html, Encoding.UTF8.GetBytes(html));
    }

    [GeneratedRegex(@"^(?<id>\d{4}\.\d{4,5})(v(?<version>\d+))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IdPattern();
}
