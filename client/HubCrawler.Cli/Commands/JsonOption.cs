namespace HubCrawler.Cli.Commands;

/// <summary>The <c>--json</c> switch: print the API's JSON as it came instead of the readable view.</summary>
internal static class JsonOption
{
    public static Option<bool> Create() => new("--json") { Description = "Print the API's JSON as it came" };
}
