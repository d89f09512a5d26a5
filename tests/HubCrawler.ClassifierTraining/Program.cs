using System.Diagnostics;

namespace HubCrawler.ClassifierTraining;

/// <summary>
/// Trains the role and polarity models, prints their figures, and writes the model files and the
/// figures section of MODEL.md. "--check" writes nothing and fails if the committed files differ.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        string? labelsArgument = null;
        var check = false;
        var study = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--labels" when i + 1 < args.Length: labelsArgument = args[++i]; break;
                case "--check": check = true; break;
                case "--study-encoder": study = true; break;
                default:
                    Console.Error.WriteLine("usage: HubCrawler.ClassifierTraining [--labels DIR] [--check | --study-encoder]");
                    return 2;
            }
        }

        var root = RepositoryPaths.Root();
        var labels = labelsArgument ?? LabelsFolder.Require(root);
        Console.WriteLine($"labels: {labels}");
        if (study)
        {
            var card0 = RepositoryPaths.ModelCard(root);
            var text = EncoderStudy.Run(labels, Console.WriteLine);
            File.WriteAllText(card0, EncoderStudy.Splice(File.ReadAllText(card0), text));
            Console.WriteLine($"wrote the encoder study into {Path.GetRelativePath(root, card0)}");
            return 0;
        }
        var cache = new FeatureCache();
        var total = Stopwatch.StartNew();
        var results = new List<TaskTrainer.Result>();
        foreach (var data in new[] { TaskData.Role(labels), TaskData.Polarity(labels) })
        {
            Console.WriteLine($"{data.Task}: {data.Train.Count} training contexts in {TaskData.FoldCount} folds, {data.Test.Count} test contexts");
            results.Add(TaskTrainer.Train(data, cache, t =>
                Console.WriteLine($"  L2={t.Settings.L2} power={t.Settings.ClassWeightPower} pairs={t.Settings.Bigrams} cues={t.Settings.Cues} " +
                                  $"balance={t.Settings.CorpusBalancePower} extra=[{string.Join(",", t.Settings.ExtraCorpora)}]: macro-F1 {t.MacroF1:F4} ({string.Join(", ", t.PerCorpus.Select(c => $"{c.Corpus} {c.MacroF1:F4}"))})")));
        }
        Console.WriteLine($"trained in {total.Elapsed.TotalSeconds:F0} s");

        var figures = Report.Markdown(results[0], results[1]);
        Console.WriteLine();
        Console.WriteLine(figures);
        Speed.Print(TaskTrainer.Reload(results[0].Json), TaskTrainer.Reload(results[1].Json), results[0].Data.Test.Concat(results[1].Data.Test).Select(e => e.Text).ToArray());

        var card = RepositoryPaths.ModelCard(root);
        var files = results.Select(r => (Path: RepositoryPaths.ModelFile(root, r.Data.Task), Content: r.Json))
            .Append((Path: card, Content: Report.Splice(File.ReadAllText(card), figures)))
            .ToList();
        if (check)
        {
            var stale = files.Where(f => !File.Exists(f.Path) || File.ReadAllText(f.Path) != f.Content).Select(f => f.Path).ToList();
            foreach (var path in stale) Console.Error.WriteLine($"differs from the retrained output: {path}");
            Console.WriteLine(stale.Count == 0 ? "check: the committed models and figures are reproduced exactly" : "check FAILED");
            return stale.Count == 0 ? 0 : 1;
        }
        foreach (var (path, content) in files)
        {
            File.WriteAllText(path, content);
            Console.WriteLine($"wrote {Path.GetRelativePath(root, path)} ({new FileInfo(path).Length / 1024:N0} KiB)");
        }
        return 0;
    }
}
