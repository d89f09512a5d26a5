using System.Globalization;
using System.Text;
using HubCrawler.Classification;

namespace HubCrawler.ClassifierTraining;

/// <summary>
/// The figures as markdown: per-class table on the test split with and without abstention,
/// macro-F1 beside the published figures, the validation search and the threshold curve. The
/// same text is printed and written into MODEL.md between the figure markers.
/// </summary>
internal static class Report
{
    public const string Begin = "<!-- figures:begin (written by the training console; do not edit by hand) -->";
    public const string End = "<!-- figures:end -->";

    public static string Markdown(TaskTrainer.Result role, TaskTrainer.Result polarity)
    {
        var md = new StringBuilder();
        Task(md, role, "Roles", "SciCite macro-F1: **84.0** (Cohan et al. 2019, BiLSTM + ELMo + structural scaffolds), " +
            "**85.5** (SciBERT, Beltagy et al. 2019) — on SciCite's test split, which is not in the labels folder; " +
            "SciCite dev is from the same distribution.");
        Task(md, polarity, "Polarity", "No published figure on this split: the corpus README names none. " +
            "Athar (2011) reports macro-F 0.764 for an SVM on 1–3-grams + dependency triplets under 10-fold " +
            "cross-validation over the full 8,736-sentence corpus — a different protocol and more data, so not comparable.");
        return md.ToString();
    }

    private static void Task(StringBuilder md, TaskTrainer.Result result, string title, string published)
    {
        var e = result.Document.Evaluation;
        var data = result.Data;
        md.AppendLine($"### {title} — test split: {e.TestSet}, {e.Examples} contexts").AppendLine();
        md.AppendLine("| label | support | precision | recall | F1 | precision, covered | recall, covered | F1, covered |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (var c = 0; c < e.PerClass.Length; c++)
        {
            var a = e.PerClass[c];
            var b = e.CoveredPerClass[c];
            md.AppendLine($"| {a.Label} | {a.Support} | {P(a.Precision)} | {P(a.Recall)} | {P(a.F1)} | {P(b.Precision)} | {P(b.Recall)} | {P(b.F1)} |");
        }
        md.AppendLine($"| **macro** | {e.Examples} | | | **{P(e.MacroF1)}** | | | **{P(e.CoveredMacroF1)}** |").AppendLine();
        Confusion(md, e, data.Labels);
        md.AppendLine($"- **Macro-F1 {P(e.MacroF1)}** (accuracy {P(e.Accuracy)}) without abstention. Published: {published}");
        md.AppendLine($"- With abstention (τ = {F(result.Document.Threshold, 2)}): coverage **{P(e.Coverage)}%** " +
                      $"({P(1 - e.Coverage)}% Unclassified), macro-F1 over the covered part **{P(e.CoveredMacroF1)}**.");
        if (result.Secondary is { } second)
            md.AppendLine($"- Second test, {second.TestSet} ({second.Examples} contexts): **macro-F1 {P(second.MacroF1)}** " +
                          $"({string.Join(", ", second.PerClass.Select(m => $"{m.Label} P {P(m.Precision)} / R {P(m.Recall)} / F1 {P(m.F1)}"))}); " +
                          $"coverage {P(second.Coverage)}%, covered macro-F1 {P(second.CoveredMacroF1)}. Confusion on it: " +
                          string.Join("; ", data.Labels.Select((label, i) => $"{label} → {string.Join(" / ", second.Confusion[i])}")) + ".");
        md.AppendLine($"- Model: {result.Document.Features.Count:N0} features × {data.Labels.Length} labels; " +
                      $"trained on {data.Train.Count:N0} contexts{Corpora(data)}{Extra(result.Document.Training, data)}.").AppendLine();

        md.AppendLine($"Validation (5-fold cross-validation on the training split, {data.Train.Count:N0} contexts{Corpora(data)}; out-of-fold macro-F1, the mean over the training corpora, then each corpus's own; the winner is marked):").AppendLine();
        var corpora = result.Best.PerCorpus.Count > 1 ? result.Best.PerCorpus.Select(c => c.Corpus).ToList() : [];
        md.AppendLine($"| L2 | class weight power | word pairs | cues | corpus balance power | macro-F1 |{string.Concat(corpora.Select(c => $" {c} |"))} accuracy |");
        md.AppendLine($"|---:|---:|:---:|:---:|---:|---:|{string.Concat(corpora.Select(_ => "---:|"))}---:|");
        foreach (var t in result.Trials)
        {
            var s = t.Settings;
            var mark = ReferenceEquals(t, result.Best) ? " ◀" : "";
            md.AppendLine($"| {s.L2.ToString("0.####", CultureInfo.InvariantCulture)} | {F(s.ClassWeightPower, 1)} | {(s.Bigrams ? "yes" : "no")} | " +
                          $"{(s.Cues ? "yes" : "no")} | {F(s.CorpusBalancePower, 1)} | {P(t.MacroF1)}{mark} |{string.Concat(corpora.Select(c => $" {P(t.PerCorpus.Single(x => x.Corpus == c).MacroF1)} |"))} {P(t.Accuracy)} |");
        }
        md.AppendLine();

        md.AppendLine("Threshold curve on the same out-of-fold predictions (for choosing a stricter τ downstream):").AppendLine();
        md.AppendLine("| τ | coverage | macro-F1, covered | accuracy, covered |");
        md.AppendLine("|---:|---:|---:|---:|");
        var gold = data.Train.Select(x => x.Label).ToArray();
        var taus = new[] { result.Document.Threshold, 0.5, 0.6, 0.7, 0.8, 0.9 }.Distinct().Order();
        foreach (var tau in taus)
        {
            var covered = Enumerable.Range(0, gold.Length).Where(i => result.Best.OutOfFold[i].Probability >= tau).ToArray();
            var (_, macro, accuracy) = Evaluator.Score(covered.Select(i => gold[i]).ToArray(),
                covered.Select(i => result.Best.OutOfFold[i].Candidate).ToArray(), data.Labels);
            var mark = tau == result.Document.Threshold ? " (shipped)" : "";
            md.AppendLine($"| {F(tau, 2)}{mark} | {P((double)covered.Length / gold.Length)}% | {P(macro)} | {P(accuracy)} |");
        }
        md.AppendLine();
    }

    private static void Confusion(StringBuilder md, ModelEvaluation e, string[] labels)
    {
        md.AppendLine("Confusion on the test split, without abstention (rows: true label, columns: predicted):").AppendLine();
        md.AppendLine($"| true \\ predicted | {string.Join(" | ", labels)} |");
        md.AppendLine($"|---|{string.Concat(labels.Select(_ => "---:|"))}");
        for (var i = 0; i < labels.Length; i++)
            md.AppendLine($"| {labels[i]} | {string.Join(" | ", e.Confusion[i])} |");
        md.AppendLine();
    }

    private static string Corpora(TaskData data)
    {
        var sources = data.Train.GroupBy(x => x.Source, StringComparer.Ordinal).ToList();
        return sources.Count < 2 ? "" : " from " + string.Join(" and ", sources.Select(g => $"{g.Key} ({g.Count():N0})"));
    }

    private static string Extra(TrainingSettings settings, TaskData data) =>
        settings.ExtraCorpora.Length == 0 ? ""
            : " + " + string.Join(" + ", settings.ExtraCorpora.Select(n => $"{data.ExtraTrain[n].Count:N0} from {n}"));

    private static string P(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture);

    private static string F(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    /// <summary>Replaces the text between the figure markers of MODEL.md.</summary>
    public static string Splice(string modelCard, string figures)
    {
        var begin = modelCard.IndexOf(Begin, StringComparison.Ordinal);
        var end = modelCard.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin) throw new InvalidDataException($"MODEL.md lacks the markers {Begin} … {End}.");
        return string.Concat(modelCard.AsSpan(0, begin + Begin.Length), "\n\n", figures, modelCard.AsSpan(end));
    }
}
