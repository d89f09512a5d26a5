namespace HubCrawler.Simulator;

/// <summary>
/// The Graph API's paper search over the graph's titles (<see cref="TitleSearch"/>): GET /graph/v1/paper/search
/// (relevance search: {"total","offset","next","data"}, limit 1 to 100, offset + limit at most 1,000, "next" only
/// while more can be paged) and GET /graph/v1/paper/search/match (the one best title match as {"data":[paper with
/// "matchScore"]}, or 404 {"error":"Title match not found"}), with the same faults as every other Graph API request.
/// </summary>
internal sealed class GraphSearchHandler(SyntheticGraph graph, PaperRevisions revisions, FaultInjector injector)
{
    private static readonly ReadOnlyMemory<byte> MissingQuery = GraphJson.Message("error", "Missing required parameter: 'query'");
    private static readonly ReadOnlyMemory<byte> TitleNotFound = GraphJson.Message("error", "Title match not found");

    private readonly TitleSearch _search = new(graph);

    /// <summary>GET /graph/v1/paper/search?query=…&amp;offset=…&amp;limit=…&amp;fields=…</summary>
    public async Task HandleSearchAsync(HttpContext context)
    {
        context.Features.GetRequiredFeature<RequestTag>().Kind = SimRequestKinds.Search;
        if (await injector.TryInjectAsync(context, ResponseDialect.SemanticScholar, []))
        {
            return;
        }

        var request = context.Request.Query;
        var query = request["query"].ToString();
        if (await ReadFieldsAsync(context, query) is not { } selection) return;

        if (!QueryValues.TryParseInt(request["limit"], GraphApiLimits.MaxSearchPageSize, out var limit) || limit is < 1 or > GraphApiLimits.MaxSearchPageSize)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, GraphJson.Message(
                "error", $"The limit parameter must be between 1 and {GraphApiLimits.MaxSearchPageSize.ToString(CultureInfo.InvariantCulture)}"));
            return;
        }

        if (!QueryValues.TryParseInt(request["offset"], 0, out var offset) || offset < 0)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, GraphJson.Message("error", "The offset parameter must be a non-negative integer"));
            return;
        }

        if ((long)offset + limit > GraphApiLimits.MaxSearchResults)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, GraphJson.Message(
                "error", $"The sum of offset and limit must be <= {GraphApiLimits.MaxSearchResults.ToString(CultureInfo.InvariantCulture)}"));
            return;
        }

        var found = _search.Search(query);
        var page = found.Skip(offset).Take(limit).Select(i => revisions.Apply(graph.Papers[i])).ToArray();
        var next = offset + limit;
        var hasNext = next < found.Count && next < GraphApiLimits.MaxSearchResults;
        await injector.WriteOkAsync(context, ResponseDialect.SemanticScholar, GraphJson.Build((found.Count, offset, hasNext, next, page, selection.PaperFields), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("total", state.Count);
            writer.WriteNumber("offset", state.offset);
            if (state.hasNext)
            {
                writer.WriteNumber("next", state.next);
            }

            writer.WriteStartArray("data");
            foreach (var paper in state.page)
            {
                GraphJson.WritePaper(writer, paper, state.PaperFields);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
    }

    /// <summary>The request's field selection, or null once a 400 was written (no query, or an unknown field), as both
    /// search endpoints answer.</summary>
    private static async Task<FieldSelection?> ReadFieldsAsync(HttpContext context, string query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, MissingQuery);
            return null;
        }
        var selection = FieldSelection.Parse(context.Request.Query["fields"], citations: false);
        if (selection.Unknown.Count == 0) return selection;
        await WriteAsync(context, StatusCodes.Status400BadRequest, GraphJson.Message("error", selection.UnknownFieldsMessage));
        return null;
    }

    /// <summary>GET /graph/v1/paper/search/match?query=…&amp;fields=…</summary>
    public async Task HandleMatchAsync(HttpContext context)
    {
        var tag = context.Features.GetRequiredFeature<RequestTag>();
        tag.Kind = SimRequestKinds.SearchMatch;
        var request = context.Request.Query;
        var query = request["query"].ToString();
        var match = string.IsNullOrWhiteSpace(query) ? null : _search.Match(query);
        tag.PaperId = match is { } m ? graph.Papers[m.Index].PaperId : null;
        if (await injector.TryInjectAsync(context, ResponseDialect.SemanticScholar, []))
        {
            return;
        }

        if (await ReadFieldsAsync(context, query) is not { } selection) return;

        if (match is not { } best)
        {
            await WriteAsync(context, StatusCodes.Status404NotFound, TitleNotFound);
            return;
        }

        var paper = revisions.Apply(graph.Papers[best.Index]);
        await injector.WriteOkAsync(context, ResponseDialect.SemanticScholar, GraphJson.Build((paper, selection.PaperFields, best.Score), static (writer, state) =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("data");
            GraphJson.WritePaper(writer, state.paper, state.PaperFields, state.Score);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
    }

    private static Task WriteAsync(HttpContext context, int status, ReadOnlyMemory<byte> body) =>
        SimResponse.WriteAsync(context, status, SimResponse.JsonContentType, body);
}
