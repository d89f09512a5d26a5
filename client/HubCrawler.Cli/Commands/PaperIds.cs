namespace HubCrawler.Cli.Commands;

/// <summary>Paper ids checked here with the API's own parser, so a malformed one never becomes a request.</summary>
internal static class PaperIds
{
    public const string Help = "A paper: a 40-hex Semantic Scholar id, arXiv:<id>, DOI:<doi>, CorpusId:<n> or PMID:<n>";

    public static PaperIdentifier Parse(string? text) =>
        PaperIdentifier.TryParse(text, out var id, out var error) ? id : throw new UsageException(error);
}
