using HubCrawler.Classification;
using HubCrawler.ClassifierTraining;

namespace HubCrawler.Tests.Classification;

/// <summary>
/// Re-measures the shipped models on their held-out test splits so the figures in the model files
/// and MODEL.md cannot rot, and retrains with the recorded settings to show the training is reproducible.
/// </summary>
public sealed class HeldOutEvaluationTests
{
    private const double Tolerance = 0.005;

    private static readonly Lazy<string> Labels = new(() => LabelsFolder.Find(RepositoryRoot.Path)
        ?? throw new InvalidOperationException(
            $"The labelled corpora were not found: expected shared/data/labels/ (with scicite_train.jsonl) in {RepositoryRoot.Path} " +
            "or a directory above it — in CI a copy of shared/ sits beside the clone. These tests measure the shipped classifiers and cannot run without it."));

    public static TheoryData<string> Tasks => new() { "role", "polarity" };

    [Theory]
    [MemberData(nameof(Tasks))]
    public void The_test_split_reproduces_the_reported_figures(string task)
    {
        var (data, model) = Load(task);
        var reported = model.Document.Evaluation;
        var measured = Evaluator.Evaluate(model, data.Test, data.TestName);

        Assert.Equal(reported.Examples, measured.Examples);
        Assert.InRange(measured.MacroF1, reported.MacroF1 - Tolerance, reported.MacroF1 + Tolerance);
        Assert.InRange(measured.Coverage, reported.Coverage - Tolerance, reported.Coverage + Tolerance);
        Assert.InRange(measured.CoveredMacroF1, reported.CoveredMacroF1 - Tolerance, reported.CoveredMacroF1 + Tolerance);

        var card = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "grains", "HubCrawler.Classification", "MODEL.md"));
        var figure = (reported.MacroF1 * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"**Macro-F1 {figure}**", card);
    }

    [Theory]
    [MemberData(nameof(Tasks))]
    public void Retraining_with_the_recorded_settings_reproduces_the_shipped_weights(string task)
    {
        var (data, model) = Load(task);
        var shipped = model.Document;
        var retrained = TaskTrainer.Fit(data, shipped.Training, shipped.Threshold, new FeatureCache());

        Assert.Equal(shipped.Features.Count, retrained.Features.Count);
        // One rounding step of the four-decimal weights: another CPU's Math.Exp may land on the other side.
        const double step = 1.5e-4;
        for (var c = 0; c < shipped.Bias.Length; c++) Assert.InRange(retrained.Bias[c], shipped.Bias[c] - step, shipped.Bias[c] + step);
        var worst = shipped.Features.Max(pair =>
        {
            Assert.True(retrained.Features.TryGetValue(pair.Key, out var weights), $"feature '{pair.Key}' is not retrained");
            return pair.Value.Zip(weights!, (a, b) => Math.Abs(a - b)).Max();
        });
        Assert.True(worst <= step, $"largest weight difference {worst}");
    }

    private static (TaskData Data, LinearModel Model) Load(string task) => task switch
    {
        "role" => (TaskData.Role(Labels.Value), CitationContextClassifier.Default.RoleModel),
        "polarity" => (TaskData.Polarity(Labels.Value), CitationContextClassifier.Default.PolarityModel),
        _ => throw new ArgumentOutOfRangeException(nameof(task)),
    };
}
