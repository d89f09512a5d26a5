namespace HubCrawler.Tests.Infrastructure;

/// <summary>Tests that start several silo processes and time a whole crawl against a deadline: they run after the
/// parallel collections, with the machine to themselves.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAloneCollection
{
    public const string Name = "Runs alone";
}
