namespace HubCrawler.Classification;

/// <summary>The hyper-parameters a model was trained with, chosen on validation data and kept in the model file so a retrain can reproduce it.</summary>
internal sealed record TrainingSettings
{
    /// <summary>L2 penalty on the feature weights (per training example, class-weighted).</summary>
    public required double L2 { get; init; }

    /// <summary>Class weights are (n / (k · n_class))^power: 0 ignores imbalance, 1 fully rebalances.</summary>
    public required double ClassWeightPower { get; init; }

    /// <summary>A feature is kept when at least this many training contexts contain it.</summary>
    public required int MinDocumentFrequency { get; init; }

    /// <summary>Word pairs as well as single words.</summary>
    public required bool Bigrams { get; init; }

    /// <summary>The cue-phrase group features.</summary>
    public required bool Cues { get; init; }

    /// <summary>Corpus weights (n / (corpora · n_corpus))^power on top of the class weights: 0 weighs every example
    /// alike, 1 gives each training corpus the same total weight, so a small corpus from another field is not drowned.</summary>
    public double CorpusBalancePower { get; init; }

    /// <summary>Training corpora beyond the main one (e.g. "aclarc" for roles), empty for none.</summary>
    public required string[] ExtraCorpora { get; init; }
}
