namespace HubCrawler.ClassifierTraining;

/// <summary>
/// Seeded, stratified, grouped assignment of examples to folds: identical texts form one group
/// and always land in the same fold (the sentiment corpus repeats a sentence once per cited
/// paper), and each group is stratified by its rarest label so that every fold gets its share
/// of the rare classes.
/// </summary>
internal static class Splits
{
    public static int[] AssignFolds(IReadOnlyList<LabelledExample> examples, int folds, ulong seed)
    {
        var frequency = examples.GroupBy(e => e.Label).ToDictionary(g => g.Key, g => g.Count());
        var groups = examples.Select((e, i) => (e, i)).GroupBy(x => x.e.Text, StringComparer.Ordinal)
            .Select(g => g.Select(x => x.i).ToArray()).ToList();
        var rng = new SplitMix64(seed);
        var assignment = new int[examples.Count];
        foreach (var stratum in groups
                     .GroupBy(g => g.Select(i => examples[i].Label).MinBy(label => (frequency[label], label)))
                     .OrderBy(s => s.Key))
        {
            var members = stratum.ToList();
            rng.Shuffle(members);
            for (var position = 0; position < members.Count; position++)
                foreach (var i in members[position]) assignment[i] = position % folds;
        }
        return assignment;
    }
}
