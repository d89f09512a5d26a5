using HubCrawler.Classification;

namespace HubCrawler.ClassifierTraining;

/// <summary>Featurises each distinct text once; the search trains hundreds of models on the same sentences.</summary>
internal sealed class FeatureCache
{
    private readonly Dictionary<string, List<string>> _features = new(StringComparer.Ordinal);

    public List<string> Of(string text)
    {
        if (!_features.TryGetValue(text, out var features))
            _features[text] = features = ContextFeaturizer.Features(text);
        return features;
    }

    /// <summary>Whether the settings keep this kind of feature: words always, word pairs and cue groups on request.</summary>
    public static bool Kept(string feature, TrainingSettings settings) =>
        feature.StartsWith("cue:", StringComparison.Ordinal) ? settings.Cues
        : feature.Contains(' ') ? settings.Bigrams
        : true;
}
