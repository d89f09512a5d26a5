using System.Globalization;
using System.Text;
using HubCrawler.Classification;

namespace HubCrawler.ClassifierTraining;

/// <summary>
/// What a sentence encoder would buy (`--study-encoder`): on the same splits as the shipped models, multinomial
/// logistic regressions over (a) the shipped word/pair/cue features, (b) all-MiniLM-L6-v2 embeddings alone, (c) both,
/// each fitted on the whole training split and measured once on the test splits; and the encoder's speed. The
/// shipped models stay (a): see MODEL.md for why.
/// </summary>
internal static class EncoderStudy
{
    public const string Begin = "<!-- encoder-study:begin (written by the training console with --study-encoder) -->";
    public const string End = "<!-- encoder-study:end -->";

    private sealed record Variant(string Name, bool Sparse, bool Dense, double L2);

    public static string Run(string labels, Action<string> log)
    {
        var tasks = new[] { TaskData.Role(labels), TaskData.Polarity(labels) };
        using var embeddings = new SentenceEmbeddings();
        embeddings.Ensure(tasks.SelectMany(t => t.Train.Concat(t.Test).Concat(t.SecondaryTest)).Select(e => e.Text), log);
        var cache = new FeatureCache();
        var md = new StringBuilder();
        md.AppendLine("| task | features | L2 | test split | macro-F1 | per-label F1 |");
        md.AppendLine("|---|---|---:|---|---:|---|");
        foreach (var data in tasks)
        {
            var shipped = data.Task == "role" ? CitationContextClassifier.Default.RoleModel.Document : CitationContextClassifier.Default.PolarityModel.Document;
            var settings = shipped.Training;
            var variants = new[]
            {
                new Variant("words, pairs, cues (shipped settings)", true, false, settings.L2),
                new Variant("MiniLM embedding", false, true, 1e-3),
                new Variant("MiniLM embedding", false, true, 1e-4),
                new Variant("words, pairs, cues + MiniLM embedding", true, true, settings.L2),
                new Variant("words, pairs, cues + MiniLM embedding", true, true, settings.L2 / 3),
            };
            foreach (var variant in variants)
            {
                var model = Fit(data, settings, variant, cache, embeddings);
                foreach (var (name, test) in new[] { (data.TestName, data.Test), (data.SecondaryTestName ?? "", data.SecondaryTest) })
                {
                    if (test.Count == 0) continue;
                    var predicted = test.Select(e => model(e.Text)).ToArray();
                    var (perClass, macro, _) = Evaluator.Score(test.Select(e => e.Label).ToArray(), predicted, data.Labels);
                    var line = $"| {data.Task} | {variant.Name} | {variant.L2.ToString("0.#####", CultureInfo.InvariantCulture)} | {name} ({test.Count}) | " +
                               $"**{macro * 100:0.0}** | {string.Join(", ", perClass.Select(c => $"{c.Label} {c.F1 * 100:0.0}"))} |";
                    log(line);
                    md.AppendLine(line);
                }
            }
        }
        var sample = tasks[0].Test.Take(200).Select(e => e.Text).ToArray();
        var (single, batched) = embeddings.Speed(sample);
        var speed = $"Encoder speed on this machine (one ONNX Runtime thread, process CPU time, 200 SciCite test sentences): " +
                    $"**{single:0} contexts a CPU-second** one at a time, **{batched:0}** in batches of 8 — against tens of thousands " +
                    "for the shipped linear models.";
        log(speed);
        md.AppendLine().AppendLine(speed);
        return md.ToString();
    }

    /// <summary>Fits one variant on the whole training split; returns its forced-choice predictor.</summary>
    private static Func<string, int> Fit(TaskData data, TrainingSettings settings, Variant variant, FeatureCache cache, SentenceEmbeddings embeddings)
    {
        var examples = data.Train;
        var k = data.Labels.Length;
        var names = Array.Empty<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        if (variant.Sparse)
        {
            var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var e in examples)
                foreach (var f in cache.Of(e.Text))
                    if (FeatureCache.Kept(f, settings)) frequency[f] = frequency.GetValueOrDefault(f) + 1;
            names = frequency.Where(p => p.Value >= settings.MinDocumentFrequency).Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
            for (var i = 0; i < names.Length; i++) index[names[i]] = i;
        }
        int[] Sparse(string text) => variant.Sparse ? cache.Of(text).Where(index.ContainsKey).Select(f => index[f]).ToArray() : [];
        var documents = examples.Select(e => Sparse(e.Text)).ToArray();
        var dense = variant.Dense ? examples.Select(e => embeddings.Of(e.Text)).ToArray() : null;
        var gold = examples.Select(e => e.Label).ToArray();
        var perClass = new int[k];
        foreach (var g in gold) perClass[g]++;
        var perSource = examples.GroupBy(e => e.Source, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var weights = examples.Select(e => Math.Pow((double)gold.Length / (k * perClass[e.Label]), settings.ClassWeightPower)
                                           * Math.Pow((double)examples.Count / (perSource.Count * perSource[e.Source]), settings.CorpusBalancePower)).ToArray();
        var (w, bias) = SoftmaxRegression.Fit(documents, dense, gold, weights, names.Length, k, variant.L2);
        return text =>
        {
            var scores = (double[])bias.Clone();
            foreach (var f in Sparse(text))
                for (var c = 0; c < k; c++) scores[c] += w[f * k + c];
            if (variant.Dense)
            {
                var v = embeddings.Of(text);
                for (var d = 0; d < v.Length; d++)
                    for (var c = 0; c < k; c++) scores[c] += w[(names.Length + d) * k + c] * v[d];
            }
            var best = 0;
            for (var c = 1; c < k; c++) if (scores[c] > scores[best]) best = c;
            return best;
        };
    }

    /// <summary>Replaces the text between the study markers of MODEL.md (appending the markers when missing).</summary>
    public static string Splice(string modelCard, string study)
    {
        var begin = modelCard.IndexOf(Begin, StringComparison.Ordinal);
        var end = modelCard.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin) throw new InvalidDataException($"MODEL.md lacks the markers {Begin} … {End}.");
        return modelCard[..(begin + Begin.Length)] + "\n\n" + study + "\n" + modelCard[end..];
    }
}
