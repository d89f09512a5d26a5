using HubCrawler.Abstractions;

namespace HubCrawler.Classification;

/// <summary>A model's held-out figures as the hubs show them: every test split of the model pooled (roles: SciCite
/// dev and the ACL-ARC held-out part), so the confusion the shares are corrected with is not only the easiest field's.</summary>
internal static class ModelCard
{
    public static ModelFigures Of(ModelDocument document)
    {
        var tests = new[] { document.Evaluation, document.SecondaryEvaluation }.OfType<ModelEvaluation>().Where(e => e.Confusion.Length > 0).ToList();
        var k = document.Labels.Length;
        var confusion = new int[k][];
        for (var i = 0; i < k; i++) confusion[i] = new int[k];
        foreach (var test in tests)
            for (var i = 0; i < k; i++)
                for (var j = 0; j < k; j++) confusion[i][j] += test.Confusion[i][j];
        var perLabel = new List<LabelFigures>();
        for (var c = 0; c < k; c++)
        {
            var support = confusion[c].Sum();
            var predicted = confusion.Sum(row => row[c]);
            var hit = confusion[c][c];
            var precision = predicted == 0 ? 0 : (double)hit / predicted;
            var recall = support == 0 ? 0 : (double)hit / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perLabel.Add(new LabelFigures(document.Labels[c], support, Math.Round(precision, 4), Math.Round(recall, 4), Math.Round(f1, 4)));
        }
        return new ModelFigures
        {
            TestSet = string.Join(" + ", tests.Select(t => $"{t.TestSet} ({t.Examples})")),
            Examples = tests.Sum(t => t.Examples),
            MacroF1 = Math.Round(perLabel.Average(l => l.F1), 4),
            Labels = document.Labels,
            PerLabel = perLabel,
            Confusion = confusion,
        };
    }
}
