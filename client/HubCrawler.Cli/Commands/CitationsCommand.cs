namespace HubCrawler.Cli.Commands;

/// <summary><c>citations &lt;id&gt; [filters] [--offset N] [--limit N] [--all] [--json]</c>: pages through a paper's citing papers;
/// <c>references</c> with the same options through the papers it cites.</summary>
internal static class CitationsCommand
{
    private const int DefaultLimit = 50;

    public static Command Create(CliContext cli, EdgeDirection direction = EdgeDirection.Citations)
    {
        var references = direction == EdgeDirection.References;
        var id = new Argument<string>("id") { Description = PaperIds.Help };
        var role = new Option<string?>("--role") { Description = "Only citations in this role" };
        role.AcceptOnlyFromAmong("background", "method", "comparison", "unclassified");
        var polarity = new Option<string?>("--polarity") { Description = "Only citations with this polarity" };
        polarity.AcceptOnlyFromAmong("supporting", "neutral", "contrasting", "unclassified");
        var yearFrom = new Option<int?>("--year-from") { Description = "Only citing papers from this year on", HelpName = "year" };
        var yearTo = new Option<int?>("--year-to") { Description = "Only citing papers up to this year", HelpName = "year" };
        var sort = new Option<string?>("--sort") { Description = "Order: as the source lists them, influential first, most cited first, or newest first" };
        sort.AcceptOnlyFromAmong("source", "influence", "citations", "year");
        var offset = new Option<int>("--offset") { Description = "Skip this many citations", DefaultValueFactory = _ => 0 };
        var limit = new Option<int?>("--limit") { Description = $"Citations per page, 1 to {CitationQuery.MaxLimit} [default {DefaultLimit}; {CitationQuery.MaxLimit} with --all]" };
        var all = new Option<bool>("--all") { Description = "Follow the pages to the end" };
        var json = new Option<bool>("--json") { Description = "Print each page's JSON as it came, one per line" };
        var command = new Command(references ? "references" : "citations",
            references ? "List the papers a paper cites, filtered, sorted and paged" : "List the papers citing a paper, filtered, sorted and paged")
        {
            id, role, polarity, yearFrom, yearTo, sort, offset, limit, all, json,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var paper = PaperIds.Parse(parse.GetValue(id));
            var followAll = parse.GetValue(all);
            var query = new CitationQuery
            {
                Offset = parse.GetValue(offset),
                Limit = parse.GetValue(limit) ?? (followAll ? CitationQuery.MaxLimit : DefaultLimit),
                Role = Enum<CitationRole>(parse.GetValue(role)),
                Polarity = Enum<CitationPolarity>(parse.GetValue(polarity)),
                YearFrom = parse.GetValue(yearFrom),
                YearTo = parse.GetValue(yearTo),
                Sort = Enum<CitationSort>(parse.GetValue(sort)) ?? CitationSort.Source,
            };
            if (query.Validate(OptionNames.For) is { } invalid) throw new UsageException(invalid);

            using var api = cli.CreateClient(parse);
            var page = await api.GetCitationsAsync(paper, query, cancellationToken, direction);
            var pages = new List<CitationPageResponse> { page.Value };
            if (parse.GetValue(json)) await cli.Output.WriteLineAsync(page.Raw);
            while (followAll && page.Value.Next is { } next)
            {
                page = await api.GetNextCitationsAsync(next, cancellationToken);
                pages.Add(page.Value);
                if (parse.GetValue(json)) await cli.Output.WriteLineAsync(page.Raw);
            }
            if (!parse.GetValue(json)) CitationTable.Render(cli.Console, pages, followAll ? null : NextCommand(paper, query, pages[^1], references));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static T? Enum<T>(string? word) where T : struct, Enum => word is null ? null : System.Enum.Parse<T>(word, ignoreCase: true);

    /// <summary>The command line that shows the next page, or null on the last one.</summary>
    private static string? NextCommand(PaperIdentifier paper, CitationQuery query, CitationPageResponse page, bool references)
    {
        if (page.NextOffset is not { } next) return null;
        var parts = new List<string> { references ? "hubcrawler references" : "hubcrawler citations", paper.ToString() };
        if (query.Role is { } r) parts.Add("--role " + r.ToString().ToLowerInvariant());
        if (query.Polarity is { } p) parts.Add("--polarity " + p.ToString().ToLowerInvariant());
        if (query.YearFrom is { } from) parts.Add($"--year-from {from}");
        if (query.YearTo is { } to) parts.Add($"--year-to {to}");
        if (query.Sort != CitationSort.Source) parts.Add("--sort " + query.Sort.ToString().ToLowerInvariant());
        if (query.Limit != DefaultLimit) parts.Add($"--limit {query.Limit}");
        parts.Add($"--offset {next}");
        return string.Join(' ', parts);
    }
}
