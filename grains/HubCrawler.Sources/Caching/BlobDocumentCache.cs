using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;

namespace HubCrawler.Sources.Caching;

/// <summary>The document cache in Azure Blob storage: one blob per document, its body as the
/// content and its URL, fetch time and validators as metadata, so a 304 refreshes the metadata
/// without moving the body.</summary>
public sealed class BlobDocumentCache(BlobServiceClient blobs, IOptions<CacheOptions> options, TimeProvider time, ILogger<BlobDocumentCache> logger)
    : IDocumentCache
{
    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(options.Value.Container);
    private volatile bool _containerReady;

    public async Task<CachedDocument?> GetAsync(string source, Uri url, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await _container.GetBlobClient(CacheKey.For(source, url)).DownloadContentAsync(cancellationToken);
            var document = FromMetadata(url, result.Value.Details.Metadata.AsReadOnly(), result.Value.Details.ContentType, result.Value.Content.ToArray());
            return document is not null && time.GetUtcNow() - document.ValidatedAt <= options.Value.MaxAge ? document : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.CacheUnreachableOnRead(e.Message, url);
            return null;
        }
    }

    public async Task PutAsync(string source, CachedDocument document, CancellationToken cancellationToken = default)
    {
        try
        {
            await EnsureContainer(cancellationToken);
            await _container.GetBlobClient(CacheKey.For(source, document.Url)).UploadAsync(BinaryData.FromBytes(document.Body), new BlobUploadOptions
            {
                Metadata = ToMetadata(document),
                HttpHeaders = new BlobHttpHeaders { ContentType = document.ContentType ?? "application/octet-stream" },
            }, cancellationToken);
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.CacheUnreachableOnWrite(e.Message, document.Url);
        }
    }

    public async Task TouchAsync(string source, CachedDocument document, CancellationToken cancellationToken = default)
    {
        try
        {
            await _container.GetBlobClient(CacheKey.For(source, document.Url)).SetMetadataAsync(ToMetadata(document), cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.CacheUnreachableOnRefresh(e.Message, document.Url);
        }
    }

    public async Task<int> EvictAsync(CancellationToken cancellationToken = default)
    {
        var evicted = 0;
        var cutoff = time.GetUtcNow() - options.Value.MaxAge;
        try
        {
            await foreach (var blob in _container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken))
            {
                if (blob.Metadata.TryGetValue("validatedat", out var text) && Parse(text) is { } validated && validated >= cutoff) continue;
                await _container.DeleteBlobIfExistsAsync(blob.Name, cancellationToken: cancellationToken);
                evicted++;
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
        return evicted;
    }

    private async Task EnsureContainer(CancellationToken cancellationToken)
    {
        if (_containerReady) return;
        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        _containerReady = true;
    }

    private static Dictionary<string, string> ToMetadata(CachedDocument document)
    {
        var metadata = new Dictionary<string, string>
        {
            ["url"] = document.Url.AbsoluteUri,
            ["status"] = document.Status.ToString(CultureInfo.InvariantCulture),
            ["fetchedat"] = document.FetchedAt.ToString("O", CultureInfo.InvariantCulture),
            ["validatedat"] = document.ValidatedAt.ToString("O", CultureInfo.InvariantCulture),
        };
        if (document.ETag is { } etag) metadata["etag"] = Uri.EscapeDataString(etag);
        if (document.LastModified is { } lastModified) metadata["lastmodified"] = lastModified.ToString("O", CultureInfo.InvariantCulture);
        return metadata;
    }

    private static CachedDocument? FromMetadata(Uri url, System.Collections.ObjectModel.ReadOnlyDictionary<string, string> metadata, string? contentType, byte[] body)
    {
        // A hash collision or a foreign blob must never be served as this URL's document.
        if (!metadata.TryGetValue("url", out var stored) || stored != url.AbsoluteUri) return null;
        return new CachedDocument
        {
            Url = url,
            Status = int.TryParse(metadata.GetValueOrDefault("status"), CultureInfo.InvariantCulture, out var status) ? status : 200,
            ContentType = contentType,
            Body = body,
            FetchedAt = Parse(metadata.GetValueOrDefault("fetchedat")) ?? DateTimeOffset.MinValue,
            ValidatedAt = Parse(metadata.GetValueOrDefault("validatedat")) ?? DateTimeOffset.MinValue,
            ETag = metadata.TryGetValue("etag", out var etag) ? Uri.UnescapeDataString(etag) : null,
            LastModified = Parse(metadata.GetValueOrDefault("lastmodified")),
        };
    }

    private static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value) ? value : null;
}
