namespace HubCrawler.Sources;

/// <summary>Refuses a start whose <c>Sources:Enabled</c> names no source or an unknown one, or whose enabled sources'
/// endpoints are unusable (no absolute http(s) base URL, no concurrency, a negative rate), with every reason at once.
/// A disabled source's settings are not checked.</summary>
public sealed class SourcesOptionsValidator(IEnumerable<SourceDefinition> definitions, IServiceProvider services) : IValidateOptions<SourcesOptions>
{
    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        var known = definitions.ToDictionary(d => d.Name);
        var enabled = options.EnabledNames();
        var errors = new List<string>();
        if (enabled.Count == 0) errors.Add("Sources:Enabled names no source.");
        foreach (var source in enabled)
        {
            if (!known.TryGetValue(source, out var definition))
                errors.Add($"Sources:Enabled names an unknown source '{source}'; use {string.Join(", ", known.Keys)}.");
            else if (!SourceEndpoint.TryOf(definition.Section, definition.Options(services), out _, out var error))
                errors.Add(error);
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
