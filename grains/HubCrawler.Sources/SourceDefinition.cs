namespace HubCrawler.Sources;

/// <summary>A source HubCrawler knows: its name in <c>Sources:Enabled</c>, its configuration section, and how to read
/// its endpoint options from the container. Registered once per source by
/// <see cref="SourceServiceCollectionExtensions.AddHubCrawlerSources"/>.</summary>
public sealed record SourceDefinition(string Name, string Section, Func<IServiceProvider, ISourceEndpointOptions> Options);
