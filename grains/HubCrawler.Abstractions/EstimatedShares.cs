namespace HubCrawler.Abstractions;

/// <summary>
/// A hub's role or polarity shares with the classifier's errors accounted for. Labels the source gave are counted
/// as they are; labels the context classifier gave are corrected for its confusion measured on held-out data
/// (adjusted classify-and-count) and carry a 95% interval, so "contrasting 3% ± 2%" says how much of the figure is
/// the model's guess.
/// </summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.EstimatedShares")]
public sealed record EstimatedShares
{
    /// <summary>"role" or "polarity".</summary>
    [Id(0)] public required string Task { get; init; }
    /// <summary>Citations whose label the source gave (Semantic Scholar's intents, a mirrored hub page's labels).</summary>
    [Id(1)] public int FromSource { get; init; }
    /// <summary>Citations the context classifier judged (its forced choice counts, also below its confidence threshold).</summary>
    [Id(2)] public int FromModel { get; init; }
    /// <summary>One per label, in the model's label order; shares are of <see cref="FromSource"/> + <see cref="FromModel"/>.</summary>
    [Id(3)] public IReadOnlyList<EstimatedShare> Shares { get; init; } = [];
    /// <summary>How the shares were estimated, in words.</summary>
    [Id(4)] public string Method { get; init; } = "";
    /// <summary>The classifier's figures on its held-out test split: what the correction relies on.</summary>
    [Id(5)] public ModelFigures? Model { get; init; }
}

/// <summary>
/// One label's share: <paramref name="SourceCount"/> citations the source gave it, <paramref name="ModelCount"/> the
/// classifier gave it; <paramref name="RawShare"/> counts both as they are, <paramref name="Share"/> corrects the
/// classifier's part for its confusion, ± <paramref name="Margin"/> (95% interval, clipped to 0–1 by the reader).
/// </summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.EstimatedShare")]
public sealed record EstimatedShare(
    [property: Id(0)] string Label,
    [property: Id(1)] int SourceCount,
    [property: Id(2)] int ModelCount,
    [property: Id(3)] double RawShare,
    [property: Id(4)] double Share,
    [property: Id(5)] double Margin);
