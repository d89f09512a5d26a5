namespace HubCrawler.Api.Related;

/// <summary>Reads what many papers' hubs hold of their edges (<see cref="IPaperGrain.GetLinks"/>), a few at a time. Storage reads
/// only: a paper without a hub answers "no hub", it is not fetched.</summary>
internal sealed class PaperLinksReader(IGrainFactory grains)
{
    private const int Parallelism = 16;

    /// <summary>One paper's links; only the lists asked for are read from storage (the others are null).</summary>
    public Task<PaperLinks> Read(string paperId, bool citers, bool references) =>
        grains.GetGrain<IPaperGrain>(paperId).GetLinks(citers, references);

    public async Task<IReadOnlyList<PaperLinks>> Read(IEnumerable<string> paperIds, bool citers, bool references, CancellationToken cancellationToken)
    {
        var read = new List<PaperLinks>();
        foreach (var chunk in paperIds.Chunk(Parallelism))
        {
            cancellationToken.ThrowIfCancellationRequested();
            read.AddRange(await Task.WhenAll(chunk.Select(id => Read(id, citers, references))));
        }
        return read;
    }
}
