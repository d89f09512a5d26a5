namespace HubCrawler.Grains.Crawling;

/// <summary>Where frontier partitions keep their checkpoints: an append-only log per partition, so a checkpoint
/// costs what changed since the last one, never the whole frontier.</summary>
public interface IFrontierLog
{
    /// <summary>Opens the log of one partition, reading what it holds.</summary>
    Task<IFrontierLogStream> OpenAsync(string jobId, int partition, CancellationToken cancellationToken = default);
}

/// <summary>One partition's open log.</summary>
public interface IFrontierLogStream
{
    /// <summary>The records read when the log was opened, oldest first.</summary>
    IReadOnlyList<byte[]> Records { get; }

    /// <summary>Appends one record; returns when it is durable.</summary>
    Task AppendAsync(byte[] record, CancellationToken cancellationToken = default);
}
