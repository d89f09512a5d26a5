using HubCrawler.Sources.Hubs;

namespace HubCrawler.Sources;

/// <summary>Which sources a deployment uses: <c>Sources:Enabled</c>, a comma-separated list of
/// semanticscholar, openalex, arxiv, hub and opencitations. Each source's own section holds its base URL and limits.</summary>
public sealed class SourcesOptions
{
    public const string Section = "Sources";

    public string Enabled { get; set; } = FieldPrecedence.SemanticScholar;

    public IReadOnlyList<string> EnabledNames() =>
        Enabled.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => n.ToLowerInvariant()).Distinct().ToList();
}
