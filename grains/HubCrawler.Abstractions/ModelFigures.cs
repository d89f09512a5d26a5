namespace HubCrawler.Abstractions;

/// <summary>A context classifier's measured quality, as shipped with it: the held-out test split, macro-F1,
/// per-label precision/recall/F1 and the confusion matrix (rows: true label, columns: predicted, in <see cref="Labels"/> order).</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.ModelFigures")]
public sealed record ModelFigures
{
    [Id(0)] public required string TestSet { get; init; }
    [Id(1)] public int Examples { get; init; }
    [Id(2)] public double MacroF1 { get; init; }
    [Id(3)] public IReadOnlyList<string> Labels { get; init; } = [];
    [Id(4)] public IReadOnlyList<LabelFigures> PerLabel { get; init; } = [];
    [Id(5)] public IReadOnlyList<IReadOnlyList<int>> Confusion { get; init; } = [];
}

/// <summary>One label's figures on a test split (fractions 0–1).</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.LabelFigures")]
public sealed record LabelFigures(
    [property: Id(0)] string Label,
    [property: Id(1)] int Support,
    [property: Id(2)] double Precision,
    [property: Id(3)] double Recall,
    [property: Id(4)] double F1);
