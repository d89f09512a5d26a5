using HubCrawler.Abstractions;

namespace HubCrawler.Api.Related;

/// <summary>Reads what many papers' hubs hold of their edges (<see cref="IPaperGrain.GetLinks"/>), a few at a time. Storage reads
/// only: a paper without a hub answers "no hub", it is not fetched.</summary>
internal sealed class PaperLinksReader(IGrainFactory grains)
{
    private const int Parallelism = 16;

    public Task<PaperLinks> Read(string paperId) => grains.GetGrain<IPaperGrain>(paperId).GetLinks();

    public async Task<IReadOnlyList<PaperLinks>> Read(IEnumerable<string> paperIds, CancellationToken cancellationToken)
    {
        var read = new List<PaperLinks>();
        foreach (var chunk in paperIds.Chunk(Parallelism))
        {
            cancellationToken.ThrowIfCancellationRequested();
            read.AddRange(await Task.WhenAll(chunk.Select(Read)));
        }
        return read;
    }
}
