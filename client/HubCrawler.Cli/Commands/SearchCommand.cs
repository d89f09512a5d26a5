namespace HubCrawler.Cli.Commands;

/// <summary><c>search &lt;words…&gt; [--limit N] [--json]</c>: papers by title, words or id, each with the id to <c>show</c> it by.</summary>
internal static class SearchCommand
{
    public static Command Create(CliContext cli)
    {
        var words = new Argument<string[]>("words") { Description = "A title, some words, or a paper id (" + PaperIds.Help + ")", Arity = ArgumentArity.OneOrMore };
        var limit = new Option<int>("--limit") { Description = $"Most papers to list (1 to {SearchInput.MaxLimit})", DefaultValueFactory = _ => SearchInput.DefaultLimit };
        var json = JsonOption.Create();
        var command = new Command("search", "Find papers by title or words (or an id); an exact title match is named first") { words, limit, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var query = string.Join(' ', parse.GetValue(words) ?? []);
            if (SearchInput.Classify(query).Error is { } error) throw new UsageException(error);
            var count = parse.GetValue(limit);
            if (count is < 1 or > SearchInput.MaxLimit) throw new UsageException($"--limit must be between 1 and {SearchInput.MaxLimit}.");
            using var api = cli.CreateClient(parse);
            var answer = await api.SearchAsync(query, count, cancellationToken);
            if (parse.GetValue(json)) await cli.Output.WriteLineAsync(answer.Raw);
            else SearchView.Render(cli.Console, answer.Value);
            return ExitCodes.Ok;
        });
        return command;
    }
}
