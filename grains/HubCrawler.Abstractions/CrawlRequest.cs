namespace HubCrawler.Abstractions;

/// <summary>What to crawl: seeds, how many citation hops to follow, and how many papers at most.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.CrawlRequest")]
public sealed record CrawlRequest
{
    public const int MaxSeeds = 1000;
    public const int MaxDepth = 10;
    public const int MaxPaperBudget = 10_000_000;

    [Id(0)] public IReadOnlyList<string> Seeds { get; init; } = [];
    /// <summary>Citation hops to follow from the seeds; 0 crawls the seeds only.</summary>
    [Id(1)] public int Depth { get; init; } = 1;
    /// <summary>Most papers the crawl may visit, seeds included.</summary>
    [Id(2)] public int MaxPapers { get; init; } = 1000;
    /// <summary>The edges to follow: <see cref="EdgeDirection.Citations"/> (the papers citing each paper; the default),
    /// <see cref="EdgeDirection.References"/> (the papers each cites) or <see cref="EdgeDirection.Both"/>; depth counts hops along them.</summary>
    [Id(3)] public EdgeDirection Direction { get; init; } = EdgeDirection.Citations;

    /// <summary>Null when the request is valid, else every problem with it in one message, naming each field as
    /// <paramref name="nameOf"/> says (the CLI passes its option names, <c>--max-papers</c>); by default as the JSON body does.</summary>
    public string? Validate(Func<string, string>? nameOf = null)
    {
        nameOf ??= static name => name;
        var problems = new List<string>();
        if (Seeds is null || Seeds.Count == 0) problems.Add("seeds must name at least one paper.");
        else if (Seeds.Count > MaxSeeds) problems.Add($"seeds may name at most {MaxSeeds} papers.");
        else
        {
            foreach (var seed in Seeds)
            {
                if (!PaperIdentifier.TryParse(seed, out _, out var error)) problems.Add($"seed {error}");
                if (problems.Count >= 5) break;
            }
        }
        if (Depth is < 0 or > MaxDepth) problems.Add($"{nameOf("depth")} must be between 0 and {MaxDepth}.");
        if (Direction is not (EdgeDirection.Citations or EdgeDirection.References or EdgeDirection.Both))
            problems.Add($"{nameOf("direction")} must be citations, references or both.");
        if (MaxPapers is < 1 or > MaxPaperBudget) problems.Add($"{nameOf("maxPapers")} must be between 1 and {MaxPaperBudget}.");
        return problems.Count == 0 ? null : string.Join(" ", problems);
    }
}
