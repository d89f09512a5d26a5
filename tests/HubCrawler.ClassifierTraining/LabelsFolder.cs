namespace HubCrawler.ClassifierTraining;

/// <summary>
/// Finds the labelled corpora: shared/data/labels in this directory or any directory above it
/// (in a checkout, ../shared/data/labels beside the clone). Never downloads anything.
/// </summary>
internal static class LabelsFolder
{
    private const string Relative = "shared/data/labels";

    /// <summary>The labels folder above <paramref name="start"/> (default: this program's directory), or null.</summary>
    public static string? Find(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, Relative);
            if (File.Exists(Path.Combine(candidate, "scicite_train.jsonl"))) return candidate;
        }
        return null;
    }

    /// <summary>As <see cref="Find"/>, or an exception that says where it looked.</summary>
    public static string Require(string? start = null) =>
        Find(start) ?? throw new DirectoryNotFoundException(
            $"No {Relative}/ (with scicite_train.jsonl) in {start ?? AppContext.BaseDirectory} or any directory above it. " +
            "The labelled corpora sit beside the clone (../shared/data/labels); pass --labels DIR to point elsewhere.");
}
