namespace HubCrawler.ClassifierTraining;

/// <summary>
/// One classification task's data, split: <see cref="Train"/> with a cross-validation fold per
/// example (all tuning — features, regularisation, class weights, threshold — uses only these
/// folds), optional extra training corpora, and the <see cref="Test"/> split, touched once for the
/// reported figures.
/// </summary>
internal sealed record TaskData(
    string Task,
    string[] Labels,
    IReadOnlyList<LabelledExample> Train,
    int[] Folds,
    IReadOnlyDictionary<string, IReadOnlyList<LabelledExample>> ExtraTrain,
    string TestName,
    IReadOnlyList<LabelledExample> Test,
    string? SecondaryTestName,
    IReadOnlyList<LabelledExample> SecondaryTest)
{
    public const int FoldCount = 5;
    public const ulong Seed = 20111126;

    public static readonly string[] RoleLabels = ["Background", "Method", "Comparison"];
    public static readonly string[] PolarityLabels = ["Supporting", "Neutral", "Contrasting"];

    /// <summary>
    /// Roles, trained on every role corpus: SciCite train plus 80% of ACL-ARC (train and dev pooled, mapped
    /// Background/Motivation/Future→Background, Uses/Extends→Method, CompareOrContrast→Comparison), each corpus
    /// with its own tuning folds. Tests: SciCite dev, and the seeded, stratified other 20% of ACL-ARC (grouped by
    /// sentence, so no sentence is in both). Tuning scores the mean of the two corpora's out-of-fold macro-F1, so
    /// the smaller, other-field corpus counts as much as SciCite.
    /// </summary>
    public static TaskData Role(string labelsFolder)
    {
        var scicite = new Dictionary<string, int> { ["background"] = 0, ["method"] = 1, ["result"] = 2 };
        var aclarc = new Dictionary<string, int>
        {
            ["Background"] = 0, ["Motivation"] = 0, ["Future"] = 0, ["Uses"] = 1, ["Extends"] = 1, ["CompareOrContrast"] = 2,
        };
        var test = Corpora.ReadJsonl(Path.Combine(labelsFolder, "scicite_dev.jsonl"), scicite, "scicite_dev");
        var testTexts = test.Select(e => e.Text).ToHashSet(StringComparer.Ordinal);
        var train = Corpora.ReadJsonl(Path.Combine(labelsFolder, "scicite_train.jsonl"), scicite, "scicite_train")
            .Where(e => !testTexts.Contains(e.Text)).ToList();
        var sciciteTexts = train.Select(e => e.Text).Concat(testTexts).ToHashSet(StringComparer.Ordinal);
        var acl = Corpora.ReadJsonl(Path.Combine(labelsFolder, "aclarc_train.jsonl"), aclarc, "aclarc")
            .Concat(Corpora.ReadJsonl(Path.Combine(labelsFolder, "aclarc_dev.jsonl"), aclarc, "aclarc"))
            .Where(e => !sciciteTexts.Contains(e.Text)).ToList();
        var outer = Splits.AssignFolds(acl, FoldCount, Seed);
        var aclTest = acl.Where((_, i) => outer[i] == 0).ToList();
        var aclTrain = acl.Where((_, i) => outer[i] != 0).ToList();
        var folds = Splits.AssignFolds(train, FoldCount, Seed).Concat(Splits.AssignFolds(aclTrain, FoldCount, Seed + 1)).ToArray();
        return new TaskData("role", RoleLabels, [.. train, .. aclTrain], folds,
            new Dictionary<string, IReadOnlyList<LabelledExample>>(),
            "SciCite dev (scicite_dev.jsonl)", test,
            $"ACL-ARC (train + dev pooled), 3-class mapping, seeded stratified 20% (seed {Seed})", aclTest);
    }

    /// <summary>
    /// Polarity: the Athar 2011 corpus part, p→Supporting, o→Neutral, n→Contrasting; a seeded,
    /// stratified 20% (by distinct sentence) is the test split, the rest is split into the tuning folds.
    /// </summary>
    public static TaskData Polarity(string labelsFolder)
    {
        var athar = new Dictionary<string, int> { ["p"] = 0, ["o"] = 1, ["n"] = 2 };
        var all = Corpora.ReadAthar(Path.Combine(labelsFolder, "athar2011_part.tsv"), athar);
        var outer = Splits.AssignFolds(all, FoldCount, Seed);
        var test = all.Where((_, i) => outer[i] == 0).ToList();
        var train = all.Where((_, i) => outer[i] != 0).ToList();
        return new TaskData("polarity", PolarityLabels, train, Splits.AssignFolds(train, FoldCount, Seed + 1),
            new Dictionary<string, IReadOnlyList<LabelledExample>>(),
            $"Athar 2011 part, seeded stratified 20% (seed {Seed})", test, null, []);
    }
}
