namespace HubCrawler.Abstractions;

/// <summary>Which frontier partition of a crawl owns a paper, and the partition grains' keys.</summary>
public static class FrontierPartitioning
{
    /// <summary>A stable partition index for <paramref name="paperId"/> (FNV-1a, so every silo and every restart agree).</summary>
    public static int Of(string paperId, int partitions)
    {
        if (partitions <= 1) return 0;
        var hash = 2166136261u;
        foreach (var c in paperId)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return (int)(hash % (uint)partitions);
    }

    /// <summary>The key of partition <paramref name="partition"/> of job <paramref name="jobId"/>.</summary>
    public static string Key(string jobId, int partition) => $"{jobId}/{partition}";
}
