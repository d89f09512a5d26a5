namespace HubCrawler.Abstractions;

/// <summary>A frontier partition activation asked its job for budget after a newer activation of the same partition did:
/// it is superseded, and its offers must fail so the visits that made them offer again to the live activation (a grant of
/// zero would count the new papers as skipped by budget and lose them).</summary>
[GenerateSerializer, Alias("hubcrawler.SupersededPartitionException")]
public sealed class SupersededPartitionException : InvalidOperationException
{
    public SupersededPartitionException(int partition, long epoch, long current)
        : base($"Frontier partition {partition}: activation {epoch} is superseded by activation {current}.")
    {
        Partition = partition;
        Epoch = epoch;
        Current = current;
    }

    [Id(0)] public int Partition { get; }
    [Id(1)] public long Epoch { get; }
    [Id(2)] public long Current { get; }
}
