using HubCrawler.Classification;

namespace HubCrawler.ClassifierTraining;

/// <summary>
/// Trains one model document from labelled examples and settings: keeps the features that enough
/// training contexts hold, weights classes, fits the regression and rounds the weights to four
/// decimals (the file is what ships, so all figures are measured on the rounded model).
/// </summary>
internal static class ModelBuilder
{
    private const int Decimals = 4;

    public static readonly ModelEvaluation Unmeasured = new()
    {
        TestSet = "", Examples = 0, Accuracy = 0, MacroF1 = 0, PerClass = [], Coverage = 0, CoveredMacroF1 = 0, CoveredPerClass = [],
    };

    public static ModelDocument Fit(string task, string[] labels, IReadOnlyList<LabelledExample> examples,
        TrainingSettings settings, FeatureCache cache, double threshold)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var example in examples)
            foreach (var feature in cache.Of(example.Text))
                if (FeatureCache.Kept(feature, settings))
                    documentFrequency[feature] = documentFrequency.GetValueOrDefault(feature) + 1;
        var names = documentFrequency.Where(p => p.Value >= settings.MinDocumentFrequency).Select(p => p.Key)
            .Order(StringComparer.Ordinal).ToArray();
        var index = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var documents = examples
            .Select(e => cache.Of(e.Text).Where(index.ContainsKey).Select(f => index[f]).ToArray())
            .ToArray();
        var gold = examples.Select(e => e.Label).ToArray();

        var k = labels.Length;
        var perClass = new int[k];
        foreach (var label in gold) perClass[label]++;
        var perSource = examples.GroupBy(e => e.Source, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var sampleWeights = examples
            .Select(e => Math.Pow((double)gold.Length / (k * Math.Max(1, perClass[e.Label])), settings.ClassWeightPower)
                         * Math.Pow((double)examples.Count / (perSource.Count * perSource[e.Source]), settings.CorpusBalancePower))
            .ToArray();

        var (weights, bias) = SoftmaxRegression.Fit(documents, gold, sampleWeights, names.Length, k, settings.L2);
        var features = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var f = 0; f < names.Length; f++)
        {
            var row = new double[k];
            for (var c = 0; c < k; c++) row[c] = Math.Round(weights[f * k + c], Decimals);
            if (row.Any(w => w != 0)) features[names[f]] = row;
        }
        return new ModelDocument
        {
            Task = task,
            Labels = labels,
            Threshold = threshold,
            Bias = bias.Select(b => Math.Round(b, Decimals)).ToArray(),
            Training = settings,
            Evaluation = Unmeasured,
            Features = features,
        };
    }
}
