namespace HubCrawler.Cli;

/// <summary>The command line asks for something malformed; caught before any request is sent.</summary>
internal sealed class UsageException(string message) : Exception(message);
