namespace HubCrawler.Simulator;

/// <summary>The citation intent values of the Graph API and the shared intent sets drawn for citation records.</summary>
public static class CitationIntents
{
    /// <summary>The citing work uses the cited one as background.</summary>
    public const string Background = "background";

    /// <summary>The citing work uses the cited one's method.</summary>
    public const string Methodology = "methodology";

    /// <summary>The citing work compares with the cited one's results.</summary>
    public const string Result = "result";

    private static readonly string[] None = [];
    private static readonly string[] OnlyBackground = [Background];
    private static readonly string[] OnlyMethodology = [Methodology];
    private static readonly string[] OnlyResult = [Result];
    private static readonly string[][] Pairs = [[Background, Methodology], [Background, Result], [Methodology, Result]];

    /// <summary>Draws an intent set: about 10% empty, 15% with two intents, the rest with one.</summary>
    internal static string[] Draw(DeterministicRandom random)
    {
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.10 => None,
            < 0.25 => Pairs[random.Next(Pairs.Length)],
            < 0.70 => OnlyBackground,
            < 0.90 => OnlyMethodology,
            _ => OnlyResult,
        };
    }
}
