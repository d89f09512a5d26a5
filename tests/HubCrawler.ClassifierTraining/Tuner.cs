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
    public sealed record Trial(TrainingSettings Settings, double MacroF1, double Accuracy, Prediction[] OutOfFold)
    {
        /// <summary>Each training corpus's own out-of-fold macro-F1 (the trial's MacroF1 is their mean).</summary>
        public IReadOnlyList<(string Corpus, double MacroF1)> PerCorpus { get; init; } = [];
    }

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
        var (_, _, accuracy) = Evaluator.Score(data.Train.Select(e => e.Label).ToArray(),
            outOfFold.Select(p => p.Candidate).ToArray(), data.Labels);
        var perCorpus = PerCorpus(data.Train, outOfFold, data.Labels);
        return new Trial(settings, Math.Round(perCorpus.Average(c => c.MacroF1), 4), accuracy, outOfFold) { PerCorpus = perCorpus };
    }

    /// <summary>Each training corpus's macro-F1 over its own out-of-fold predictions, in order of first appearance.</summary>
    public static List<(string Corpus, double MacroF1)> PerCorpus(IReadOnlyList<LabelledExample> examples, Prediction[] predictions, string[] labels) =>
        examples.Select((e, i) => (e.Source, i)).GroupBy(x => x.Source, StringComparer.Ordinal)
            .Select(g => (g.Key, Evaluator.Score(g.Select(x => examples[x.i].Label).ToArray(),
                g.Select(x => predictions[x.i].Candidate).ToArray(), labels).MacroF1)).ToList();

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
        // A small grid around the earlier winners (L2 0.001–0.003, power 0.5–1): on the shared 2-core machine each
        // trial of the role task (5 folds of 8,700 contexts) takes minutes.
        foreach (var l2 in new[] { 1e-3, 3e-3 })
            foreach (var power in new[] { 0.5, 1.0 })
            {
                var trial = Run(new TrainingSettings
                {
                    L2 = l2, ClassWeightPower = power, MinDocumentFrequency = 2, Bigrams = true, Cues = true, ExtraCorpora = [],
                });
                if (best is null || trial.MacroF1 > best.MacroF1) best = trial;
            }
        var stageOne = best!.Settings;
        var variants = new List<TrainingSettings> { stageOne with { Bigrams = false }, stageOne with { Cues = false } };
        if (data.Train.Select(e => e.Source).Distinct(StringComparer.Ordinal).Count() > 1) variants.AddRange([stageOne with { CorpusBalancePower = 0.5 }, stageOne with { CorpusBalancePower = 1 }]);
        variants.AddRange(data.ExtraTrain.Keys.Order(StringComparer.Ordinal).Select(name => stageOne with { ExtraCorpora = [name] }));
        foreach (var variant in variants)
        {
            var trial = Run(variant);
            if (trial.MacroF1 > best.MacroF1) best = trial;
        }
        return (trials, best);
    }
}
