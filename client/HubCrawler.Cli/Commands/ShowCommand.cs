namespace HubCrawler.Cli.Commands;

/// <summary><c>show &lt;id&gt; [--json]</c>: a paper's hub (metadata, role and polarity summary, representative citing papers).</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext cli)
    {
        var id = new Argument<string>("id") { Description = PaperIds.Help };
        var json = JsonOption.Create();
        var command = new Command("show", "Show a paper's hub: metadata, citation roles and polarity, representative citing papers") { id, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paper = PaperIds.Parse(parse.GetValue(id));
            using var api = cli.CreateClient(parse);
            var hub = await api.GetPaperAsync(paper, cancellationToken);
            if (parse.GetValue(json)) await cli.Output.WriteLineAsync(hub.Raw);
            else HubView.Render(cli.Console, hub.Value);
            return ExitCodes.Ok;
        });
        return command;
    }
}
