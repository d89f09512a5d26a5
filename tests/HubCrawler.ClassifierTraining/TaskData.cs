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
    /// Roles: SciCite train (tuning folds), SciCite dev as the test split; ACL-ARC train as an
    /// optional extra corpus, mapped Background/Motivation/Future→Background, Uses/Extends→Method,
    /// CompareOrContrast→Comparison; ACL-ARC dev (minus sentences also in ACL-ARC train) as a
    /// second, out-of-domain test.
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
        var aclTrain = Corpora.ReadJsonl(Path.Combine(labelsFolder, "aclarc_train.jsonl"), aclarc, "aclarc_train")
            .Where(e => !testTexts.Contains(e.Text)).ToList();
        var aclTrainTexts = aclTrain.Select(e => e.Text).Concat(train.Select(e => e.Text)).ToHashSet(StringComparer.Ordinal);
        var aclDev = Corpora.ReadJsonl(Path.Combine(labelsFolder, "aclarc_dev.jsonl"), aclarc, "aclarc_dev")
            .Where(e => !aclTrainTexts.Contains(e.Text)).ToList();
        return new TaskData("role", RoleLabels, train, Splits.AssignFolds(train, FoldCount, Seed),
            new Dictionary<string, IReadOnlyList<LabelledExample>> { ["aclarc"] = aclTrain },
            "SciCite dev (scicite_dev.jsonl)", test,
            "ACL-ARC dev, 3-class mapping, sentences also in ACL-ARC train removed", aclDev);
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
