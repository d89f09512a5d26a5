using Azure;
using Azure.Storage.Blobs;

namespace HubCrawler.Grains.Citations;

/// <summary>The citation store in Azure Blob storage: blob "{paperId}/{version}/{page}" per page.</summary>
public sealed class BlobCitationStore(BlobServiceClient blobs, IOptions<CitationStoreOptions> options, ILogger<BlobCitationStore> logger) : ICitationStore
{
    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(options.Value.Container);
    private volatile bool _containerReady;

    public async Task<CitationListRef> WriteAsync(string paperId, IReadOnlyList<CitationEdge> citations, int pageSize)
    {
        if (!_containerReady)
        {
            await _container.CreateIfNotExistsAsync();
            _containerReady = true;
        }
        var list = new CitationListRef(Guid.NewGuid().ToString("N"), citations.Count, pageSize);
        // Pages are written before the grain state points at them, so a crash leaves the old list whole.
        await Parallel.ForEachAsync(Enumerable.Range(0, list.PageCount), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (page, cancellationToken) =>
            await _container.GetBlobClient(Name(paperId, list, page))
                .UploadAsync(CitationPageJson.Write(citations.Skip(page * pageSize).Take(pageSize).ToList()), overwrite: true, cancellationToken));
        return list;
    }

    public async Task<IReadOnlyList<CitationEdge>> ReadPageAsync(string paperId, CitationListRef list, int page)
    {
        var result = await _container.GetBlobClient(Name(paperId, list, page)).DownloadContentAsync();
        return CitationPageJson.Read(result.Value.Content);
    }

    public async Task DeleteAsync(string paperId, CitationListRef list)
    {
        for (var page = 0; page < list.PageCount; page++)
        {
            try
            {
                await _container.DeleteBlobIfExistsAsync(Name(paperId, list, page));
            }
            catch (RequestFailedException e)
            {
                // An orphaned old page costs only space; the grain already points at the new list.
                logger.OldPageNotDeleted(page, paperId, e.Message);
            }
        }
    }

    private static string Name(string paperId, CitationListRef list, int page) => $"{paperId}/{list.Version}/{page:D5}.json";
}
