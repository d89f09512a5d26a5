using HubCrawler.Classification;

namespace HubCrawler.ClassifierTraining;

/// <summary>Runs a model over labelled examples exactly as the library does at run time and scores it.</summary>
internal static class Evaluator
{
    public static Prediction[] Predict(LinearModel model, IReadOnlyList<LabelledExample> examples) =>
        examples.Select(e => model.Predict([e.Text])).ToArray();

    /// <summary>Figures without abstention (the most probable label always) and with it (the covered part only).</summary>
    public static ModelEvaluation Evaluate(LinearModel model, IReadOnlyList<LabelledExample> examples, string testSet)
    {
        var predictions = Predict(model, examples);
        var gold = examples.Select(e => e.Label).ToArray();
        var labels = model.Labels.ToArray();
        var all = Score(gold, predictions.Select(p => p.Candidate).ToArray(), labels);
        var covered = Enumerable.Range(0, gold.Length).Where(i => predictions[i].Confident).ToArray();
        var coveredScore = Score(covered.Select(i => gold[i]).ToArray(), covered.Select(i => predictions[i].Candidate).ToArray(), labels);
        return new ModelEvaluation
        {
            TestSet = testSet,
            Examples = gold.Length,
            Accuracy = all.Accuracy,
            MacroF1 = all.MacroF1,
            PerClass = all.PerClass,
            Coverage = Math.Round((double)covered.Length / gold.Length, 4),
            CoveredMacroF1 = coveredScore.MacroF1,
            CoveredPerClass = coveredScore.PerClass,
            Confusion = Confusion(gold, predictions.Select(p => p.Candidate).ToArray(), labels.Length),
        };
    }

    /// <summary>Counts[true][predicted]; a prediction of -1 (no evidence) is not counted.</summary>
    public static int[][] Confusion(int[] gold, int[] predicted, int classes)
    {
        var counts = Enumerable.Range(0, classes).Select(_ => new int[classes]).ToArray();
        for (var i = 0; i < gold.Length; i++)
            if (predicted[i] >= 0) counts[gold[i]][predicted[i]]++;
        return counts;
    }

    /// <summary>Per-class precision/recall/F1, macro-F1 and accuracy; a prediction of -1 (no evidence) counts as wrong.</summary>
    public static (ClassMetrics[] PerClass, double MacroF1, double Accuracy) Score(int[] gold, int[] predicted, string[] labels)
    {
        var perClass = new ClassMetrics[labels.Length];
        var f1s = new double[labels.Length];
        for (var c = 0; c < labels.Length; c++)
        {
            int truePositive = 0, predictedPositive = 0, support = 0;
            for (var i = 0; i < gold.Length; i++)
            {
                if (gold[i] == c) support++;
                if (predicted[i] == c) predictedPositive++;
                if (gold[i] == c && predicted[i] == c) truePositive++;
            }
            var precision = predictedPositive == 0 ? 0 : (double)truePositive / predictedPositive;
            var recall = support == 0 ? 0 : (double)truePositive / support;
            var f1 = f1s[c] = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass[c] = new ClassMetrics(labels[c], support, Math.Round(precision, 4), Math.Round(recall, 4), Math.Round(f1, 4));
        }
        var correct = gold.Where((g, i) => predicted[i] == g).Count();
        var macro = f1s.Average();
        return (perClass, Math.Round(macro, 4), gold.Length == 0 ? 0 : Math.Round((double)correct / gold.Length, 4));
    }
}
