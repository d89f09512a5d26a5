using System.Buffers.Binary;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace HubCrawler.Grains.Crawling;

/// <summary>Frontier logs as Azure append blobs, "{jobId}/{partition}/{segment}.log" in the frontier container. Each
/// record is one append block (length-prefixed); a segment takes at most <see cref="BlocksPerSegment"/> blocks (the
/// service allows 50,000), then the next segment starts.</summary>
public sealed class BlobFrontierLog(BlobServiceClient blobs) : IFrontierLog
{
    public const string Container = "hubcrawler-frontier";
    public const int BlocksPerSegment = 40_000;

    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(Container);
    private volatile bool _containerReady;

    public async Task<IFrontierLogStream> OpenAsync(string jobId, int partition, CancellationToken cancellationToken = default)
    {
        if (!_containerReady)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _containerReady = true;
        }
        var prefix = $"{jobId}/{partition}/";
        var segments = new List<string>();
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
            segments.Add(item.Name);
        segments.Sort(StringComparer.Ordinal);

        var records = new List<byte[]>();
        var blocksInLast = 0;
        foreach (var segment in segments)
        {
            var content = (await _container.GetBlobClient(segment).DownloadContentAsync(cancellationToken)).Value.Content.ToMemory();
            blocksInLast = 0;
            while (content.Length >= 4)
            {
                var length = BinaryPrimitives.ReadInt32LittleEndian(content.Span);
                if (length < 0 || 4 + length > content.Length) throw new InvalidDataException($"Frontier log {segment} is cut at a record of {length} bytes.");
                records.Add(content.Slice(4, length).ToArray());
                content = content[(4 + length)..];
                blocksInLast++;
            }
        }
        return new Stream(this, prefix, segments.Count - 1, blocksInLast, records);
    }

    private sealed class Stream(BlobFrontierLog log, string prefix, int segment, int blocks, IReadOnlyList<byte[]> records) : IFrontierLogStream
    {
        private AppendBlobClient? _current;

        public IReadOnlyList<byte[]> Records => records;

        public async Task AppendAsync(byte[] record, CancellationToken cancellationToken = default)
        {
            if (segment < 0 || blocks >= BlocksPerSegment)
            {
                segment++;
                blocks = 0;
                _current = log._container.GetAppendBlobClient($"{prefix}{segment:D5}.log");
                await _current.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            }
            _current ??= log._container.GetAppendBlobClient($"{prefix}{segment:D5}.log");
            var framed = new byte[4 + record.Length];
            BinaryPrimitives.WriteInt32LittleEndian(framed, record.Length);
            record.CopyTo(framed, 4);
            using var body = new MemoryStream(framed, writable: false);
            await _current.AppendBlockAsync(body, cancellationToken: cancellationToken);
            blocks++;
        }
    }
}
