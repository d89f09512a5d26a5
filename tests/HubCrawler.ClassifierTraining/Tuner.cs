using HubCrawler.Classification;

namespace HubCrawler.ClassifierTraining;

/// <summary>
/// Chooses the settings by cross-validation on the training split only: each candidate is trained
/// on four folds (plus any extra corpus it asks for) and predicts the fifth; the candidate with
/// the best macro-F1 over the pooled out-of-fold predictions wins (ties: the earlier, simpler one).
/// </summary>
internal static class Tuner
{
    /// <summary>The out-of-fold figures of one candidate, and its predictions for the threshold choice.</summary>
    public sealed record Trial(TrainingSettings Settings, double MacroF1, double Accuracy, Prediction[] OutOfFold);

    public static Trial CrossValidate(TaskData data, TrainingSettings settings, FeatureCache cache)
    {
        var outOfFold = new Prediction[data.Train.Count];
        for (var fold = 0; fold < TaskData.FoldCount; fold++)
        {
            var training = data.Train.Where((_, i) => data.Folds[i] != fold)
                .Concat(settings.ExtraCorpora.SelectMany(name => data.ExtraTrain[name])).ToList();
            var model = new LinearModel(ModelBuilder.Fit(data.Task, data.Labels, training, settings, cache, threshold: 0));
            for (var i = 0; i < data.Train.Count; i++)
                if (data.Folds[i] == fold) outOfFold[i] = model.Predict([data.Train[i].Text]);
        }
        var (_, macro, accuracy) = Evaluator.Score(data.Train.Select(e => e.Label).ToArray(),
            outOfFold.Select(p => p.Candidate).ToArray(), data.Labels);
        return new Trial(settings, macro, accuracy, outOfFold);
    }

    /// <summary>
    /// Two stages, so that the search stays small: first the penalty and class weighting with
    /// every feature kind; then, at the winner, the feature kinds left out one at a time and each
    /// extra corpus added. Returns every trial (in order) and the winner.
    /// </summary>
    public static (List<Trial> Trials, Trial Best) Search(TaskData data, FeatureCache cache, Action<Trial>? progress = null)
    {
        var trials = new List<Trial>();
        Trial Run(TrainingSettings settings)
        {
            var trial = CrossValidate(data, settings, cache);
            trials.Add(trial);
            progress?.Invoke(trial);
            return trial;
        }

        Trial? best = null;
        foreach (var l2 in new[] { 3e-4, 1e-3, 3e-3, 1e-2 })
            foreach (var power in new[] { 0.0, 0.5, 1.0 })
            {
                var trial = Run(new TrainingSettings
                {
                    L2 = l2, ClassWeightPower = power, MinDocumentFrequency = 2, Bigrams = true, Cues = true, ExtraCorpora = [],
                });
                if (best is null || trial.MacroF1 > best.MacroF1) best = trial;
            }
        var stageOne = best!.Settings;
        var variants = new List<TrainingSettings> { stageOne with { Bigrams = false }, stageOne with { Cues = false } };
        variants.AddRange(data.ExtraTrain.Keys.Order(StringComparer.Ordinal).Select(name => stageOne with { ExtraCorpora = [name] }));
        foreach (var variant in variants)
        {
            var trial = Run(variant);
            if (trial.MacroF1 > best.MacroF1) best = trial;
        }
        return (trials, best);
    }
}
