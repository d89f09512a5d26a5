namespace HubCrawler.Grains;

/// <summary>The last admission batch a job granted to a frontier partition activation.</summary>
[GenerateSerializer, Immutable, Alias("hubcrawler.GrantedBatch")]
public sealed record GrantedBatch([property: Id(0)] long Epoch, [property: Id(1)] long Batch);
