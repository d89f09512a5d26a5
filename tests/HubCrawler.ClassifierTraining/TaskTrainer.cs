using HubCrawler.Classification;

namespace HubCrawler.ClassifierTraining;

/// <summary>
/// Trains one task end to end: search the settings on the training folds, pick the threshold from
/// the winner's out-of-fold predictions, fit the final model on the whole training split (plus the
/// chosen extra corpora), then — once — measure the shipped (rounded) model on the test split.
/// </summary>
internal static class TaskTrainer
{
    public sealed record Result(
        TaskData Data,
        List<Tuner.Trial> Trials,
        Tuner.Trial Best,
        ModelDocument Document,
        string Json,
        ModelEvaluation? Secondary);

    public static Result Train(TaskData data, FeatureCache cache, Action<Tuner.Trial>? progress = null)
    {
        var (trials, best) = Tuner.Search(data, cache, progress);
        var gold = data.Train.Select(e => e.Label).ToArray();
        var threshold = ThresholdRule.Choose(best.OutOfFold, gold);
        var document = Fit(data, best.Settings, threshold, cache);

        // Measure the model as it will ship: written to JSON and read back.
        var shipped = Reload(document.Write());
        var secondary = data.SecondaryTest.Count == 0 ? null
            : Evaluator.Evaluate(shipped, data.SecondaryTest, data.SecondaryTestName ?? "");
        var evaluated = new ModelDocument
        {
            Task = document.Task, Labels = document.Labels, Threshold = document.Threshold, Bias = document.Bias,
            Training = document.Training, Features = document.Features,
            Evaluation = Evaluator.Evaluate(shipped, data.Test, data.TestName),
            SecondaryEvaluation = secondary,
        };
        return new Result(data, trials, best, evaluated, evaluated.Write(), secondary);
    }

    /// <summary>The final fit: the whole training split plus the extra corpora the settings name.</summary>
    public static ModelDocument Fit(TaskData data, TrainingSettings settings, double threshold, FeatureCache cache)
    {
        var training = data.Train.Concat(settings.ExtraCorpora.SelectMany(name => data.ExtraTrain[name])).ToList();
        return ModelBuilder.Fit(data.Task, data.Labels, training, settings, cache, threshold);
    }

    public static LinearModel Reload(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return new LinearModel(ModelDocument.Read(stream));
    }
}
