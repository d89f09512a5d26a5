namespace HubCrawler.ClassifierTraining;

/// <summary>Where the committed model files and MODEL.md live in the checkout (found by walking up to HubCrawler.sln).</summary>
internal static class RepositoryPaths
{
    public static string Root(string? start = null)
    {
        foreach (var origin in new[] { start, Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            if (origin is null) continue;
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "HubCrawler.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("HubCrawler.sln not found above the current directory or the program.");
    }

    public static string ClassificationProject(string root) => Path.Combine(root, "grains", "HubCrawler.Classification");

    public static string ModelFile(string root, string task) => Path.Combine(ClassificationProject(root), "Models", task + ".json");

    public static string ModelCard(string root) => Path.Combine(ClassificationProject(root), "MODEL.md");
}
