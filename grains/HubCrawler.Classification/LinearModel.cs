using System.Buffers;

namespace HubCrawler.Classification;

/// <summary>
/// A multinomial logistic regression over the features of <see cref="ContextFeaturizer"/>:
/// score(label) = bias + Σ weight(feature, label) × share of the contexts holding the feature,
/// probabilities by softmax. Several contexts of one citation are averaged, so the score is the
/// mean of the per-context scores.
/// </summary>
internal sealed class LinearModel
{
    private const int EvidenceCount = 5;

    private readonly Dictionary<string, int> _index;
    private readonly string[] _names;
    private readonly double[] _weights; // feature-major: _weights[f * K + k]
    private readonly double[] _bias;

    public LinearModel(ModelDocument document)
    {
        Document = document;
        Labels = document.Labels;
        Threshold = document.Threshold;
        _bias = document.Bias;
        if (_bias.Length != Labels.Count) throw new InvalidDataException($"The {document.Task} model has {Labels.Count} labels but {_bias.Length} biases.");
        _names = document.Features.Keys.Order(StringComparer.Ordinal).ToArray();
        _index = new Dictionary<string, int>(_names.Length, StringComparer.Ordinal);
        _weights = new double[_names.Length * Labels.Count];
        for (var f = 0; f < _names.Length; f++)
        {
            var row = document.Features[_names[f]];
            if (row.Length != Labels.Count) throw new InvalidDataException($"Feature '{_names[f]}' of the {document.Task} model has {row.Length} weights.");
            _index[_names[f]] = f;
            row.CopyTo(_weights, f * Labels.Count);
        }
    }

    public ModelDocument Document { get; }
    public IReadOnlyList<string> Labels { get; }
    public double Threshold { get; }
    public int FeatureCount => _names.Length;

    public Prediction Predict(IReadOnlyList<string> contexts) =>
        Predict(contexts.Select(ContextFeaturizer.Features).ToList(), withEvidence: true);

    /// <summary>Predicts from contexts already featurised (one list per context), so that two models can share the
    /// work; without evidence it skips ranking the features, which the hubs do not keep.</summary>
    public Prediction Predict(IReadOnlyList<List<string>> featureSets, bool withEvidence)
    {
        // The known features' indices, sorted so that each index's run length is the number of contexts holding it
        // (a context's features are distinct); a rented buffer, because the crawl calls this for every citation.
        var capacity = 0;
        foreach (var features in featureSets) capacity += features.Count;
        var buffer = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 1));
        try
        {
            var found = 0;
            var judged = 0;
            foreach (var features in featureSets)
            {
                if (features.Count == 0) continue;
                judged++;
                foreach (var feature in features)
                    if (_index.TryGetValue(feature, out var f)) buffer[found++] = f;
            }
            if (found == 0) return Prediction.NoEvidence;
            var indices = buffer.AsSpan(0, found);
            indices.Sort();

            var k = Labels.Count;
            var scores = (double[])_bias.Clone();
            for (var i = 0; i < found;)
            {
                var f = indices[i];
                var count = Run(indices, i);
                var share = (double)count / judged;
                for (var c = 0; c < k; c++) scores[c] += share * _weights[f * k + c];
                i += count;
            }
            var probabilities = Softmax(scores);
            var best = 0;
            for (var c = 1; c < k; c++) if (probabilities[c] > probabilities[best]) best = c;
            if (!withEvidence) return new Prediction(best, probabilities[best] >= Threshold, probabilities[best], []);

            var runnerUp = best == 0 ? 1 : 0;
            for (var c = 0; c < k; c++) if (c != best && probabilities[c] > probabilities[runnerUp]) runnerUp = c;
            var evidence = new List<FeatureEvidence>();
            for (var i = 0; i < found;)
            {
                var f = indices[i];
                var count = Run(indices, i);
                var weight = (double)count / judged * (_weights[f * k + best] - _weights[f * k + runnerUp]);
                if (weight > 0) evidence.Add(new FeatureEvidence(_names[f], weight));
                i += count;
            }
            var top = evidence
                .OrderByDescending(e => e.Weight).ThenBy(e => e.Feature, StringComparer.Ordinal)
                .Take(EvidenceCount)
                .Select(e => e with { Weight = Math.Round(e.Weight, 3) })
                .ToArray();
            return new Prediction(best, probabilities[best] >= Threshold, probabilities[best], top);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    private static int Run(ReadOnlySpan<int> sorted, int start)
    {
        var end = start + 1;
        while (end < sorted.Length && sorted[end] == sorted[start]) end++;
        return end - start;
    }

    private static double[] Softmax(double[] scores)
    {
        var max = scores.Max();
        var sum = 0.0;
        var result = new double[scores.Length];
        for (var c = 0; c < scores.Length; c++) sum += result[c] = Math.Exp(scores[c] - max);
        for (var c = 0; c < scores.Length; c++) result[c] /= sum;
        return result;
    }
}
