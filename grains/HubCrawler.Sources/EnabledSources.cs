namespace HubCrawler.Sources;

/// <summary>The sources <c>Sources:Enabled</c> names, in its order, with their checked endpoints: computed once, at
/// startup, and the only hosts the fetch pipeline lets requests go to. <see cref="SourcesOptionsValidator"/> has
/// already refused a start with an unknown name or an unusable endpoint.</summary>
public sealed class EnabledSources
{
    public EnabledSources(IEnumerable<SourceDefinition> definitions, IOptions<SourcesOptions> options, IServiceProvider services)
    {
        var known = definitions.ToDictionary(d => d.Name);
        Definitions = options.Value.EnabledNames().Select(name => known[name]).ToList();
        Endpoints = Definitions.Select(d => SourceEndpoint.Of(d.Section, d.Options(services))).ToList();
    }

    /// <summary>The enabled sources, in configured order.</summary>
    public IReadOnlyList<SourceDefinition> Definitions { get; }

    /// <summary>Their endpoints, in the same order (Semantic Scholar's once, though its batcher and reader both use it).</summary>
    public IReadOnlyList<SourceEndpoint> Endpoints { get; }
}
