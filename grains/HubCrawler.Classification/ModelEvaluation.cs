namespace HubCrawler.Classification;

/// <summary>
/// A model's figures on its held-out test split, as written by the training console (and checked
/// by the tests): without abstention (every example gets its most probable label) and with it
/// (below the threshold the answer is Unclassified; macro-F1 over the covered examples).
/// </summary>
internal sealed record ModelEvaluation
{
    public required string TestSet { get; init; }
    public required int Examples { get; init; }
    public required double Accuracy { get; init; }
    public required double MacroF1 { get; init; }
    public required ClassMetrics[] PerClass { get; init; }
    public required double Coverage { get; init; }
    public required double CoveredMacroF1 { get; init; }
    public required ClassMetrics[] CoveredPerClass { get; init; }

    /// <summary>Without abstention: Confusion[true][predicted] counts on the test split; the hub share estimator corrects with it.</summary>
    public int[][] Confusion { get; init; } = [];
}
