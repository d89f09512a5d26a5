namespace HubCrawler.Sources;

/// <summary>Each source's configured request rate (requests a second, for the whole cluster), for estimates of time left.</summary>
public sealed class SourceRates(IEnumerable<SourceDefinition> definitions, IServiceProvider services)
{
    /// <summary>The configured rate of <paramref name="source"/>; null when it has none (unlimited) or is unknown.</summary>
    public double? Of(string source) =>
        definitions.FirstOrDefault(d => d.Name == source)?.Options(services).RequestsPerSecond is > 0 and var rate ? rate : null;
}
