namespace HubCrawler.Simulator;

/// <summary>The names of <see cref="ThrottleScope"/> values on the command line, in the HTTP control and in /sim/stats.</summary>
public static class ThrottleScopeNames
{
    /// <summary>"semantic-scholar": <see cref="ThrottleScope.SemanticScholar"/>.</summary>
    public const string SemanticScholar = "semantic-scholar";

    /// <summary>"openalex": <see cref="ThrottleScope.OpenAlex"/>.</summary>
    public const string OpenAlex = "openalex";

    /// <summary>"all": <see cref="ThrottleScope.All"/>.</summary>
    public const string All = "all";

    /// <summary>"none": <see cref="ThrottleScope.None"/> (only ever written, never accepted).</summary>
    public const string None = "none";

    /// <summary>The name of <paramref name="scope"/>.</summary>
    public static string NameOf(ThrottleScope scope) => scope switch
    {
        ThrottleScope.SemanticScholar => SemanticScholar,
        ThrottleScope.OpenAlex => OpenAlex,
        ThrottleScope.All => All,
        ThrottleScope.None => None,
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    /// <summary>Reads "semantic-scholar", "openalex" or "all" (case-insensitive).</summary>
    public static bool TryParse(string? name, out ThrottleScope scope)
    {
        scope = name?.Trim().ToLowerInvariant() switch
        {
            SemanticScholar => ThrottleScope.SemanticScholar,
            OpenAlex => ThrottleScope.OpenAlex,
            All => ThrottleScope.All,
            _ => ThrottleScope.None,
        };
        return scope != ThrottleScope.None;
    }
}
