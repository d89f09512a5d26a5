namespace HubCrawler.Simulator;

/// <summary>Answers the simulated Graph API endpoints, injecting the faults configured in <see cref="SimulatorFaults"/>.</summary>
internal sealed class GraphApiHandler(
    SyntheticGraph graph,
    SimulatorFaults faults,
    PaperRevisions revisions,
    FaultInjector injector,
    PaperValidators validators)
{
    private const string CitationsSuffix = "/citations";
    private const string ReferencesSuffix = "/references";
    private const int DefaultLimit = GraphApiLimits.DefaultCitationsPageSize;
    private const int MaxLimit = GraphApiLimits.MaxCitationsPageSize;
    private const int MaxBatchIds = GraphApiLimits.MaxBatchIds;

    private static readonly ReadOnlyMemory<byte> GatewayTimeout = GraphJson.Message("message", "Endpoint request timed out");
    private static readonly ReadOnlyMemory<byte> BadLimit = GraphJson.Message("error", "The limit parameter must be between 1 and 1000");
    private static readonly ReadOnlyMemory<byte> BadOffset = GraphJson.Message("error", "The offset parameter must be a non-negative integer");
    private static readonly ReadOnlyMemory<byte> NotFound = GraphJson.Message("error", "Not found");

    private readonly ShiftingCitations _shifting = new(graph);

    /// <summary>
    /// GET /graph/v1/paper/{**rest}: a paper, its citations when rest ends with "/citations", or its references when
    /// it ends with "/references" (same fields, limit and offset rules; "citedPaper" instead of "citingPaper").
    /// </summary>
    public async Task HandlePaperRouteAsync(HttpContext context)
    {
        var rest = Uri.UnescapeDataString(context.GetRouteValue("rest") as string ?? string.Empty);
        var citations = rest.EndsWith(CitationsSuffix, StringComparison.Ordinal);
        var references = !citations && rest.EndsWith(ReferencesSuffix, StringComparison.Ordinal);
        var id = citations ? rest[..^CitationsSuffix.Length] : references ? rest[..^ReferencesSuffix.Length] : rest;
        var tag = context.Features.GetRequiredFeature<RequestTag>();
        tag.Kind = citations ? SimRequestKinds.Citations : references ? SimRequestKinds.References : SimRequestKinds.Paper;
        var paper = graph.Find(id);
        tag.PaperId = paper?.PaperId;

        if (await injector.TryInjectAsync(context, ResponseDialect.SemanticScholar, paper is null ? [] : [paper.PaperId]))
        {
            return;
        }

        if (citations || references)
        {
            await AnswerListAsync(context, id, paper, references);
            return;
        }

        var selection = FieldSelection.Parse(context.Request.Query["fields"], citations: false);
        if (selection.Unknown.Count > 0)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, GraphJson.Message("error", selection.UnknownFieldsMessage));
            return;
        }

        if (paper is null)
        {
            await WriteAsync(context, StatusCodes.Status404NotFound, PaperNotFound(id));
            return;
        }

        if (await validators.TryAnswerNotModifiedAsync(context, paper))
        {
            return;
        }

        await WriteOkAsync(context, GraphJson.Build((paper: revisions.Apply(paper), selection.PaperFields), static (writer, state) =>
            GraphJson.WritePaper(writer, state.paper, state.PaperFields)));
    }

    /// <summary>
    /// POST /graph/v1/paper/batch with {"ids":[...]}: one paper or null per id, in order; 400 for more than 500 ids or
    /// an answer larger than <see cref="SimulatorFaults.BatchMaxResponseBytes"/>.
    /// </summary>
    public async Task HandleBatchAsync(HttpContext context)
    {
        context.Features.GetRequiredFeature<RequestTag>().Kind = SimRequestKinds.Batch;
        var (ids, bodyError) = await ReadBatchIdsAsync(context);
        var papers = ids.Select(graph.Find).ToArray();
        if (await injector.TryInjectAsync(context, ResponseDialect.SemanticScholar, papers.OfType<SimPaper>().Select(p => p.PaperId)))
        {
            return;
        }

        if (bodyError is not null)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, GraphJson.Message("error", bodyError));
            return;
        }

        var selection = FieldSelection.Parse(context.Request.Query["fields"], citations: false);
        if (selection.Unknown.Count > 0)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, GraphJson.Message("error", selection.UnknownFieldsMessage));
            return;
        }

        // The same revision of each paper as GET /paper/{id} serves.
        var revised = papers.Select(p => p is null ? null : revisions.Apply(p)).ToArray();
        var body = GraphJson.Build((papers: revised, selection.PaperFields), static (writer, state) =>
        {
            writer.WriteStartArray();
            foreach (var paper in state.papers)
            {
                if (paper is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    GraphJson.WritePaper(writer, paper, state.PaperFields);
                }
            }

            writer.WriteEndArray();
        });
        var maxBytes = faults.BatchMaxResponseBytes;
        if (body.Length > maxBytes)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, GraphJson.Message(
                "error",
                $"Response would exceed maximum size of {maxBytes.ToString(CultureInfo.InvariantCulture)} bytes. Request fewer ids or fewer fields."));
            return;
        }

        await WriteOkAsync(context, body);
    }

    /// <summary>Any other path.</summary>
    public static Task HandleUnknownAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status404NotFound, NotFound);

    private async Task AnswerListAsync(HttpContext context, string id, SimPaper? paper, bool references)
    {
        var query = context.Request.Query;
        var limitOk = QueryValues.TryParseInt(query["limit"], DefaultLimit, out var limit);
        if (limitOk && faults.GatewayTimeoutAboveLimit is { } ceiling && limit > ceiling)
        {
            await WriteAsync(context, StatusCodes.Status504GatewayTimeout, GatewayTimeout);
            return;
        }

        var selection = FieldSelection.Parse(query["fields"], citations: true);
        if (selection.Unknown.Count > 0)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, GraphJson.Message("error", selection.UnknownFieldsMessage));
            return;
        }

        if (!limitOk || limit is < 1 or > MaxLimit)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, BadLimit);
            return;
        }

        if (!QueryValues.TryParseInt(query["offset"], 0, out var offset) || offset < 0)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, BadOffset);
            return;
        }

        if (faults.CitationPagingCap is { } cap && (long)offset + limit >= cap)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, GraphJson.Message(
                "error", $"The sum of offset and limit must be < {cap.ToString(CultureInfo.InvariantCulture)}"));
            return;
        }

        if (paper is null)
        {
            await WriteAsync(context, StatusCodes.Status404NotFound, PaperNotFound(id));
            return;
        }

        if (await validators.TryAnswerNotModifiedAsync(context, paper))
        {
            return;
        }

        var page = references
            ? CitationsPage.Of(graph, graph.ReferencesOf(paper.Index), offset, limit, selection)
            : CitationsPage.Of(graph, revisions.Served(paper.Index, _shifting.Of(paper.Index, faults.CitationRepeatRate)), offset, limit, selection);
        await WriteOkAsync(context, GraphJson.Build(page, static (writer, page) => page.Write(writer)));
    }

    private static async Task<(string[] Ids, string? Error)> ReadBatchIdsAsync(HttpContext context)
    {
        const string shapeError = "Request body must be a JSON object with an \"ids\" array of strings";
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            return ([], shapeError);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("ids", out var idsElement)
                || idsElement.ValueKind != JsonValueKind.Array
                || idsElement.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            {
                return ([], shapeError);
            }

            var ids = idsElement.EnumerateArray().Select(e => e.GetString()!).ToArray();
            return ids.Length > MaxBatchIds
                ? ([], $"Too many ids: {ids.Length} given, at most {MaxBatchIds} allowed per request")
                : (ids, null);
        }
    }

    private static ReadOnlyMemory<byte> PaperNotFound(string id) =>
        GraphJson.Message("error", $"Paper with id {id} not found");

    private Task WriteOkAsync(HttpContext context, ReadOnlyMemory<byte> body) =>
        injector.WriteOkAsync(context, ResponseDialect.SemanticScholar, body);

    private static Task WriteAsync(HttpContext context, int status, ReadOnlyMemory<byte> body) =>
        SimResponse.WriteAsync(context, status, SimResponse.JsonContentType, body);
}
