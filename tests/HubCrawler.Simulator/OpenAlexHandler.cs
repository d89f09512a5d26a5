using System.Collections.Concurrent;

namespace HubCrawler.Simulator;

/// <summary>
/// Answers the simulated OpenAlex endpoints under /openalex (the same papers as every other form, under OpenAlex
/// ids "W" + (3,000,000,000 + index)), injecting the configured faults. The API key, when required, is the api_key
/// query parameter. OpenAlex gives no citation contexts or intents, and its cited_by_count is the graph's count
/// plus <see cref="SimulatorFaults.OpenAlexCitedByExtra"/> (by default <see cref="OpenAlexJson.ExtraCitedBy"/>). Works carry
/// referenced_works, the works of the graph they cite.
/// </summary>
internal sealed class OpenAlexHandler(
    SyntheticGraph graph,
    SimulatorFaults faults,
    PaperRevisions revisions,
    FaultInjector injector,
    PaperValidators validators)
{
    /// <summary>Default per-page.</summary>
    public const int DefaultPerPage = OpenAlexLimits.DefaultPerPage;

    /// <summary>Largest per-page accepted (see <see cref="OpenAlexLimits"/>: 100 documented, 200 the hard cap).</summary>
    public const int MaxPerPage = OpenAlexLimits.MaxPerPage;

    /// <summary>Basic (page=N) paging reaches at most this many results; past it, use cursor paging.</summary>
    public const int MaxBasicPagingResults = OpenAlexLimits.MaxBasicPagingResults;

    private const string ArxivDoiPrefix = "10.48550/arxiv.";

    private readonly ConcurrentDictionary<int, int[]> _citers = new();
    private readonly TitleSearch _search = new(graph);
    private readonly Lazy<int[]> _all = new(() => Enumerable.Range(0, graph.Papers.Count).ToArray());

    /// <summary>
    /// GET /openalex/works/{id}: id is "W…" (either case), "https://openalex.org/W…", "doi:10.…" or
    /// "https://doi.org/10.…" (the paper's DOI, or its arXiv DOI 10.48550/arXiv.{arxivId}).
    /// </summary>
    public async Task HandleWorkAsync(HttpContext context)
    {
        var id = Uri.UnescapeDataString(context.GetRouteValue("id") as string ?? string.Empty);
        var tag = context.Features.GetRequiredFeature<RequestTag>();
        tag.Kind = SimRequestKinds.OpenAlexWork;
        var paper = FindWork(id);
        tag.PaperId = paper?.PaperId;

        if (await injector.TryInjectAsync(context, ResponseDialect.OpenAlex, paper is null ? [] : [paper.PaperId], OpenAlexCredits.Singleton))
        {
            return;
        }

        if (!TryReadSelect(context, out var select, out var selectError))
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, "Invalid query parameters error.", selectError!);
            return;
        }

        if (paper is null)
        {
            await WriteErrorAsync(context, StatusCodes.Status404NotFound, "Not found", $"No work with id {id}.");
            return;
        }

        if (await validators.TryAnswerNotModifiedAsync(context, paper))
        {
            return;
        }

        var apiBase = ApiBase(context);
        var served = revisions.Apply(paper);
        var updated = revisions.LastModified(paper.Index);
        await injector.WriteOkAsync(context, ResponseDialect.OpenAlex, GraphJson.Build((served, updated, apiBase, select, graph, extra: faults.OpenAlexCitedByExtra), static (writer, state) =>
            OpenAlexJson.WriteWork(writer, state.served, state.updated, state.apiBase, state.select, state.graph, state.extra)));
    }

    /// <summary>
    /// GET /openalex/works?filter=…&amp;cursor=…&amp;per-page=…&amp;page=…&amp;select=…: the works citing one work
    /// (filter=cites:W…), a batch of works (filter=openalex:W1|W2 or doi:10.x|10.y, at most 100 values, unknown ones
    /// absent), or without a filter every work; cursor paging from cursor=* or basic paging with page=N; per-page
    /// 1 to 200 (100 documented). Costs <see cref="OpenAlexCredits.List"/> against the daily budget. With search=… instead
    /// of a filter: the works whose titles hold every word (<see cref="TitleSearch"/>), best first, costing
    /// <see cref="OpenAlexCredits.Search"/>.
    /// </summary>
    public async Task HandleListAsync(HttpContext context)
    {
        var tag = context.Features.GetRequiredFeature<RequestTag>();
        tag.Kind = SimRequestKinds.OpenAlexList;
        var query = context.Request.Query;
        var filter = OpenAlexFilter.Parse(query["filter"].ToString(), out var filterError);
        SimPaper? cited = null;
        IReadOnlyList<int> results = [];
        var search = query["search"].ToString();
        var credits = OpenAlexCredits.List;
        if (search.Length > 0)
        {
            tag.Kind = SimRequestKinds.OpenAlexSearch;
            credits = OpenAlexCredits.Search;
            if (filter is { Kind.Length: > 0 })
            {
                filterError = "The simulator supports search without a filter.";
            }
            else if (filterError is null)
            {
                results = _search.Search(search);
            }
        }
        else if (filter is not null)
        {
            (results, cited, filterError) = Resolve(filter);
        }

        tag.PaperId = cited?.PaperId ?? (filter?.Kind is "openalex" or "doi" && results.Count == 1 ? graph.Papers[results[0]].PaperId : null);
        var paperIds = cited is not null ? [cited.PaperId] : filter?.Kind is "openalex" or "doi" ? results.Select(i => graph.Papers[i].PaperId) : [];
        if (await injector.TryInjectAsync(context, ResponseDialect.OpenAlex, paperIds, credits))
        {
            return;
        }

        if (filterError is not null)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, "Invalid query parameters error.", filterError);
            return;
        }

        if (!TryReadPaging(context, results.Count, out var paging, out var pagingError)
            || !TryReadSelect(context, out var select, out pagingError))
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, "Invalid query parameters error.", pagingError!);
            return;
        }

        if (cited is not null && await validators.TryAnswerNotModifiedAsync(context, cited))
        {
            return;
        }

        var apiBase = ApiBase(context);
        var state = (handler: this, results, paging, apiBase, select);
        await injector.WriteOkAsync(context, ResponseDialect.OpenAlex, GraphJson.Build(state, static (writer, state) =>
            state.handler.WriteList(writer, state.results, state.paging, state.apiBase, state.select)));
    }

    private void WriteList(Utf8JsonWriter writer, IReadOnlyList<int> results, Paging paging, string apiBase, IReadOnlySet<string>? select)
    {
        var end = Math.Min(results.Count, paging.Offset + paging.PerPage);
        writer.WriteStartObject();
        writer.WriteStartObject("meta");
        writer.WriteNumber("count", results.Count);
        writer.WriteNumber("db_response_time_ms", 1);
        if (paging.Page is { } page)
        {
            writer.WriteNumber("page", page);
        }
        else
        {
            writer.WriteNull("page");
        }

        writer.WriteNumber("per_page", paging.PerPage);
        if (paging.Page is null && end < results.Count)
        {
            writer.WriteString("next_cursor", OpenAlexCursor.Encode(end));
        }
        else
        {
            writer.WriteNull("next_cursor");
        }

        writer.WriteNull("groups_count");
        writer.WriteEndObject();
        writer.WriteStartArray("results");
        var extra = faults.OpenAlexCitedByExtra;
        for (var i = paging.Offset; i < end; i++)
        {
            var paper = graph.Papers[results[i]];
            OpenAlexJson.WriteWork(writer, revisions.Apply(paper), revisions.LastModified(paper.Index), apiBase, select, graph, extra);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("group_by");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The works a filter selects, in order; for cites, also the cited paper (null when unknown).</summary>
    private (IReadOnlyList<int> Results, SimPaper? Cited, string? Error) Resolve(OpenAlexFilter filter)
    {
        switch (filter.Kind)
        {
            case "cites":
                if (!IsOpenAlexWorkId(filter.Values[0]))
                {
                    return ([], null, $"'{filter.Values[0]}' is not a valid OpenAlex ID.");
                }

                var cited = graph.FindByOpenAlexId(filter.Values[0]);
                return (cited is null ? [] : CitersOf(cited.Index), cited, null);
            case "openalex":
                if (filter.Values.FirstOrDefault(v => !IsOpenAlexWorkId(v)) is { } bad)
                {
                    return ([], null, $"'{bad}' is not a valid OpenAlex ID.");
                }

                return (Distinct(filter.Values.Select(graph.FindByOpenAlexId)), null, null);
            case "doi":
                return (Distinct(filter.Values.Select(FindByDoi)), null, null);
            default:
                return (_all.Value, null, null);
        }
    }

    /// <summary>The distinct papers of the graph citing the paper, in the order of its citation records.</summary>
    private int[] CitersOf(int index) => _citers.GetOrAdd(index, i =>
    {
        var seen = new HashSet<int>();
        return graph.CitationsOf(i).Where(c => c.CitingIndex is { } citing && seen.Add(citing)).Select(c => c.CitingIndex!.Value).ToArray();
    });

    private static int[] Distinct(IEnumerable<SimPaper?> papers) =>
        papers.OfType<SimPaper>().Select(p => p.Index).Distinct().ToArray();

    private SimPaper? FindWork(string id)
    {
        id = id.Trim();
        return id.StartsWith("doi:", StringComparison.OrdinalIgnoreCase) || id.StartsWith(OpenAlexJson.DoiPrefix, StringComparison.OrdinalIgnoreCase)
            ? FindByDoi(id)
            : graph.FindByOpenAlexId(id);
    }

    /// <summary>A paper by DOI ("10.…", "doi:10.…" or "https://doi.org/10.…"), its own or its arXiv DOI.</summary>
    private SimPaper? FindByDoi(string doi)
    {
        doi = doi.Trim();
        foreach (var prefix in new[] { OpenAlexJson.DoiPrefix, "doi:" })
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                doi = doi[prefix.Length..];
            }
        }

        return doi.StartsWith(ArxivDoiPrefix, StringComparison.OrdinalIgnoreCase)
            ? graph.Find("arXiv:" + doi[ArxivDoiPrefix.Length..])
            : graph.Find("DOI:" + doi);
    }

    private static bool IsOpenAlexWorkId(string id)
    {
        var value = id.StartsWith(OpenAlexJson.EntityPrefix, StringComparison.OrdinalIgnoreCase) ? id[OpenAlexJson.EntityPrefix.Length..] : id;
        return value.Length > 1 && value[0] is 'W' or 'w' && value.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    private static bool TryReadPaging(HttpContext context, int count, out Paging paging, out string? error)
    {
        paging = default;
        error = null;
        var query = context.Request.Query;
        var perPageValue = query.ContainsKey("per-page") ? query["per-page"] : query["per_page"];
        if (!QueryValues.TryParseInt(perPageValue, DefaultPerPage, out var perPage) || perPage is < 1 or > MaxPerPage)
        {
            error = $"per-page parameter must be between 1 and {MaxPerPage}.";
            return false;
        }

        var cursor = query["cursor"].ToString();
        if (cursor.Length > 0)
        {
            if (query.ContainsKey("page"))
            {
                error = "Cannot use page parameter with cursor paging.";
                return false;
            }

            if (!OpenAlexCursor.TryDecode(cursor, out var offset))
            {
                error = "Invalid cursor.";
                return false;
            }

            paging = new Paging(Math.Min(offset, count), perPage, null);
            return true;
        }

        if (!QueryValues.TryParseInt(query["page"], 1, out var page) || page < 1)
        {
            error = "page parameter must be a positive integer.";
            return false;
        }

        if ((long)page * perPage > MaxBasicPagingResults)
        {
            error = $"Maximum results size of {MaxBasicPagingResults:N0} records is exceeded. Cursor pagination is required for records beyond {MaxBasicPagingResults:N0}.";
            return false;
        }

        paging = new Paging(Math.Min((page - 1) * perPage, count), perPage, page);
        return true;
    }

    private static bool TryReadSelect(HttpContext context, out IReadOnlySet<string>? select, out string? error)
    {
        select = null;
        error = null;
        var value = context.Request.Query["select"].ToString();
        if (value.Length == 0)
        {
            return true;
        }

        var fields = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (fields.FirstOrDefault(f => !OpenAlexJson.Fields.Contains(f)) is { } unknown)
        {
            error = $"{unknown} is not a valid select field. Valid fields for select are: {string.Join(", ", OpenAlexJson.Fields)}.";
            return false;
        }

        select = fields.ToHashSet(StringComparer.Ordinal);
        return true;
    }

    private static string ApiBase(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}/openalex";

    private static Task WriteErrorAsync(HttpContext context, int status, string error, string message) =>
        SimResponse.WriteAsync(context, status, SimResponse.JsonContentType, OpenAlexJson.Error(error, message));

    /// <summary>Where a list page starts, its size, and the page number under basic paging (null under cursor paging).</summary>
    private readonly record struct Paging(int Offset, int PerPage, int? Page);
}
