namespace HubCrawler.Cli.Commands;

/// <summary><c>related &lt;id&gt; [--limit N] [--json]</c>: papers cited together with a paper and papers sharing its references,
/// with the evidence; computed by the API from the hubs it holds (no source request).</summary>
internal static class RelatedCommand
{
    private const int DefaultLimit = 10;
    private const int MaxLimit = 100;

    public static Command Create(CliContext cli)
    {
        var id = new Argument<string>("id") { Description = PaperIds.Help };
        var limit = new Option<int>("--limit") { Description = $"Papers per list, 1 to {MaxLimit}", DefaultValueFactory = _ => DefaultLimit };
        var json = JsonOption.Create();
        var command = new Command("related", "Papers related to a paper: cited together with it (co-citation) and sharing its references (coupling)")
        {
            id, limit, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paper = PaperIds.Parse(parse.GetValue(id));
            var count = parse.GetValue(limit);
            if (count is < 1 or > MaxLimit) throw new UsageException($"--limit must be between 1 and {MaxLimit}.");
            using var api = cli.CreateClient(parse);
            var related = await api.GetRelatedAsync(paper, count, cancellationToken);
            if (parse.GetValue(json)) await cli.Output.WriteLineAsync(related.Raw);
            else RelatedView.Render(cli.Console, related.Value);
            return ExitCodes.Ok;
        });
        return command;
    }
}
