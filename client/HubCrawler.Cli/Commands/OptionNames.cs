using System.Text.Json;

namespace HubCrawler.Cli.Commands;

/// <summary>A field of the shared validation rules as the user typed it: <c>maxPapers</c> is <c>--max-papers</c>.</summary>
internal static class OptionNames
{
    public static string For(string field) => "--" + JsonNamingPolicy.KebabCaseLower.ConvertName(field);
}
