using System.Diagnostics;
using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace HubCrawler.Tests.Storage;

/// <summary>The counting, slowing storage proxy in front of a real Azurite, driven by the Azure Blob SDK.</summary>
public sealed class StorageProxyTests : IAsyncLifetime
{
    private const string Container = "proxy-tests";
    private AzuriteServer _azurite = null!;
    private StorageProxy _proxy = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        _proxy = await StorageProxy.StartAsync(_azurite);
    }

    public async Task DisposeAsync()
    {
        await _proxy.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    // No retries: every SDK call is exactly the requests it sends once.
    private static BlobClientOptions NoRetries() => new() { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(30) } };

    private BlobServiceClient ThroughProxy() => new(_proxy.ConnectionString, NoRetries());
    private BlobServiceClient Direct() => new(_azurite.ConnectionString, NoRetries());

    /// <summary>Runs one SDK call with the counts reset and returns what the proxy counted for it.</summary>
    private async Task<StorageProxyCounts> Counted(Func<Task> call)
    {
        _proxy.Reset();
        await call();
        return _proxy.Snapshot();
    }

    private static void AssertOnly(StorageProxyCounts counts, string method, string container, string kind, long count = 1)
    {
        var row = Assert.Single(counts.Operations);
        Assert.Equal(new StorageOperationCount(method, container, kind, count), row);
        Assert.Equal(count, counts.Requests);
    }

    [Fact]
    public void The_connection_string_sends_blobs_through_the_proxy_and_tables_straight_to_azurite()
    {
        var direct = Parts(_azurite.ConnectionString);
        var proxied = Parts(_proxy.ConnectionString);
        Assert.Equal($"http://127.0.0.1:{_proxy.Port}/devstoreaccount1", proxied["BlobEndpoint"]);
        Assert.Equal(_proxy.BlobServiceUri, new Uri(proxied["BlobEndpoint"]));
        Assert.Equal(direct["TableEndpoint"], proxied["TableEndpoint"]);
        Assert.Equal(direct["QueueEndpoint"], proxied["QueueEndpoint"]);
        Assert.Equal(direct["AccountKey"], proxied["AccountKey"]);
        Assert.Equal(direct["AccountName"], proxied["AccountName"]);

        static Dictionary<string, string> Parts(string connectionString) => connectionString
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1]);
    }

    [Fact]
    public async Task Each_blob_operation_works_through_the_proxy_and_is_counted_by_method_container_and_kind()
    {
        var service = ThroughProxy();
        var container = service.GetBlobContainerClient(Container);

        AssertOnly(await Counted(() => container.CreateAsync()), "PUT", Container, "container");
        Assert.Equal(1, _proxy.Writes);
        Assert.Equal(0, _proxy.Reads);

        // A name that must be escaped in the path: the signature and the target survive the forward unchanged.
        const string name = "papers/arXiv:2401.00001 v2 ü+&=.json";
        var body = Encoding.UTF8.GetBytes("{\"paperId\":\"p\",\"title\":\"Über\"}");
        var blob = container.GetBlobClient(name);
        AssertOnly(await Counted(() => blob.UploadAsync(new BinaryData(body), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            Metadata = new Dictionary<string, string> { ["source"] = "proxy-test" },
        })), "PUT", Container, "blob");

        // The proxy forwarded the body, the name, the content type and metadata as sent: Azurite holds them.
        var stored = await Direct().GetBlobContainerClient(Container).GetBlobClient(name).DownloadContentAsync();
        Assert.Equal(body, stored.Value.Content.ToArray());
        Assert.Equal("application/json", stored.Value.Details.ContentType);
        Assert.Equal("proxy-test", stored.Value.Details.Metadata["source"]);

        var append = container.GetAppendBlobClient("frontier/job/0/00000.log");
        AssertOnly(await Counted(() => append.CreateAsync()), "PUT", Container, "blob");
        AssertOnly(await Counted(() => append.AppendBlockAsync(new MemoryStream([1, 2, 3]))), "PUT", Container, "appendblock");
        AssertOnly(await Counted(() => append.AppendBlockAsync(new MemoryStream([4, 5]))), "PUT", Container, "appendblock");

        BlobDownloadResult? downloaded = null;
        AssertOnly(await Counted(async () => downloaded = await blob.DownloadContentAsync()), "GET", Container, "blob");
        Assert.Equal(body, downloaded!.Content.ToArray());
        Assert.Equal(1, _proxy.Reads);
        Assert.Equal(0, _proxy.Writes);

        // A Range request is forwarded and answered 206 with the part asked for.
        byte[]? part = null;
        AssertOnly(await Counted(async () =>
        {
            var range = await append.DownloadStreamingAsync(new BlobDownloadOptions { Range = new HttpRange(1, 3) });
            using var bytes = new MemoryStream();
            await range.Value.Content.CopyToAsync(bytes);
            part = bytes.ToArray();
        }), "GET", Container, "blob");
        Assert.Equal(new byte[] { 2, 3, 4 }, part);

        // HEAD: the length comes back without a body.
        BlobProperties? properties = null;
        AssertOnly(await Counted(async () => properties = (await blob.GetPropertiesAsync()).Value), "HEAD", Container, "blob");
        Assert.Equal(body.Length, properties!.ContentLength);
        Assert.Equal(1, _proxy.Reads);

        var listed = new List<string>();
        AssertOnly(await Counted(async () =>
        {
            await foreach (var item in container.GetBlobsAsync()) listed.Add(item.Name);
        }), "GET", Container, "list");
        Assert.Equal(["frontier/job/0/00000.log", name], listed.Order(StringComparer.Ordinal));

        AssertOnly(await Counted(() => blob.DeleteAsync()), "DELETE", Container, "blob");
        Assert.Equal(1, _proxy.Writes);
        Assert.False((await Direct().GetBlobContainerClient(Container).GetBlobClient(name).ExistsAsync()).Value);

        var containers = new List<string>();
        AssertOnly(await Counted(async () =>
        {
            await foreach (var item in service.GetBlobContainersAsync()) containers.Add(item.Name);
        }), "GET", StorageProxy.AccountContainer, "list");
        Assert.Contains(Container, containers);

        AssertOnly(await Counted(() => container.DeleteAsync()), "DELETE", Container, "container");
    }

    [Fact]
    public async Task Staged_blocks_conditions_and_errors_pass_through_unchanged()
    {
        var container = ThroughProxy().GetBlobContainerClient(Container);
        await container.CreateAsync();
        var blob = container.GetBlobClient("big.bin");
        var data = new byte[600_000];
        new Random(7).NextBytes(data);

        // Forced into blocks: put block × 3, then put block list.
        var staged = await Counted(() => blob.UploadAsync(new BinaryData(data), new BlobUploadOptions
        {
            TransferOptions = new StorageTransferOptions { InitialTransferSize = 200_000, MaximumTransferSize = 200_000, MaximumConcurrency = 1 },
        }));
        Assert.Equal(3, staged.Count("PUT", Container, "block"));
        Assert.Equal(1, staged.Count("PUT", Container, "blocklist"));
        Assert.Equal(4, staged.Writes);
        Assert.Equal(data, (await Direct().GetBlobContainerClient(Container).GetBlobClient("big.bin").DownloadContentAsync()).Value.Content.ToArray());

        // If-Match is forwarded (and signed): a stale ETag is refused with Azure's own 412.
        var etag = (await blob.GetPropertiesAsync()).Value.ETag;
        await blob.UploadAsync(new BinaryData("new"u8.ToArray()), new BlobUploadOptions { Conditions = new BlobRequestConditions { IfMatch = etag } });
        var stale = await Assert.ThrowsAsync<RequestFailedException>(() =>
            blob.UploadAsync(new BinaryData("newer"u8.ToArray()), new BlobUploadOptions { Conditions = new BlobRequestConditions { IfMatch = etag } }));
        Assert.Equal(412, stale.Status);
        Assert.Equal("ConditionNotMet", stale.ErrorCode);

        // A lease: PUT comp=lease, and the lease id header reaches Azurite.
        var lease = blob.GetBlobLeaseClient();
        var leased = await Counted(() => lease.AcquireAsync(TimeSpan.FromSeconds(15)));
        Assert.Equal(1, leased.Count("PUT", Container, "lease"));
        await Assert.ThrowsAsync<RequestFailedException>(() => blob.DeleteAsync());
        await blob.DeleteAsync(conditions: new BlobRequestConditions { LeaseId = lease.LeaseId });

        var missing = await Assert.ThrowsAsync<RequestFailedException>(() => container.GetBlobClient("missing").DownloadContentAsync());
        Assert.Equal(404, missing.Status);
        Assert.Equal("BlobNotFound", missing.ErrorCode);
        // A HEAD answered 404 comes back without a body, as the SDK expects.
        Assert.False((await container.GetBlobClient("missing").ExistsAsync()).Value);
        Assert.Equal(2, _proxy.Snapshot().ByStatus["404"]);
    }

    [Fact]
    public async Task Azurite_checks_the_signatures_the_proxy_forwards()
    {
        // A wrong key is refused: so the operations that work through the proxy carry signatures Azurite checked.
        var wrongKey = Convert.ToBase64String(new byte[64]);
        var forged = _proxy.ConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.StartsWith("AccountKey=", StringComparison.Ordinal) ? "AccountKey=" + wrongKey : p);
        var client = new BlobServiceClient(string.Join(';', forged), NoRetries());
        var refused = await Assert.ThrowsAsync<RequestFailedException>(() => client.GetBlobContainerClient(Container).CreateAsync());
        Assert.Equal(403, refused.Status);
        await ThroughProxy().GetBlobContainerClient(Container).CreateAsync();
    }

    [Fact]
    public async Task Latency_is_added_to_each_request_and_can_be_changed_while_running()
    {
        var container = ThroughProxy().GetBlobContainerClient(Container);
        await container.CreateAsync();
        var blob = container.GetBlobClient("slow");
        await blob.UploadAsync(new BinaryData("x"u8.ToArray()));

        // Timers may fire a tick early against the stopwatch; allow a few milliseconds, nothing on the slow side.
        var tolerance = TimeSpan.FromMilliseconds(10);
        _proxy.Latency = TimeSpan.FromMilliseconds(600);
        Assert.True(await Timed(() => blob.GetPropertiesAsync()) >= _proxy.Latency - tolerance);
        Assert.True(await Timed(() => blob.UploadAsync(new BinaryData("y"u8.ToArray()), overwrite: true)) >= _proxy.Latency - tolerance);

        _proxy.Latency = TimeSpan.FromMilliseconds(300);
        _proxy.Jitter = TimeSpan.FromMilliseconds(100);
        Assert.True(await Timed(() => blob.DownloadContentAsync()) >= TimeSpan.FromMilliseconds(200) - tolerance);

        _proxy.Latency = TimeSpan.Zero;
        _proxy.Jitter = TimeSpan.Zero;
        Assert.Equal("y", (await blob.DownloadContentAsync()).Value.Content.ToString());

        static async Task<TimeSpan> Timed(Func<Task> call)
        {
            var clock = Stopwatch.StartNew();
            await call();
            return clock.Elapsed;
        }
    }

    [Fact]
    public async Task A_fail_rate_of_one_answers_server_busy_in_azures_shape()
    {
        var container = ThroughProxy().GetBlobContainerClient(Container);
        await container.CreateAsync();
        _proxy.Reset();
        _proxy.FailRate = 1;

        var busy = await Assert.ThrowsAsync<RequestFailedException>(() => container.GetBlobClient("b").UploadAsync(new BinaryData("z"u8.ToArray())));
        Assert.Equal(503, busy.Status);
        Assert.Equal("ServerBusy", busy.ErrorCode);
        var head = await Assert.ThrowsAsync<RequestFailedException>(() => container.GetBlobClient("b").GetPropertiesAsync());
        Assert.Equal(503, head.Status);

        var counts = _proxy.Snapshot();
        Assert.Equal(2, counts.InjectedFailures);
        Assert.Equal(2, counts.ByStatus["503"]);
        Assert.Equal(1, counts.Writes);
        Assert.Equal(1, counts.Reads);
        // Nothing reached Azurite.
        Assert.False((await Direct().GetBlobContainerClient(Container).GetBlobClient("b").ExistsAsync()).Value);

        _proxy.FailRate = 0;
        await container.GetBlobClient("b").UploadAsync(new BinaryData("z"u8.ToArray()));
        Assert.True((await Direct().GetBlobContainerClient(Container).GetBlobClient("b").ExistsAsync()).Value);
    }

    [Fact]
    public async Task The_snapshot_is_plain_data_and_reset_clears_it()
    {
        var container = ThroughProxy().GetBlobContainerClient(Container);
        await container.CreateAsync();
        await container.GetBlobClient("a").UploadAsync(new BinaryData("a"u8.ToArray()));
        await container.GetBlobClient("a").DownloadContentAsync();

        var counts = _proxy.Snapshot();
        var json = JsonSerializer.Serialize(counts);
        var back = JsonSerializer.Deserialize<StorageProxyCounts>(json)!;
        Assert.Equal(counts.Requests, back.Requests);
        Assert.Equal(2, back.Writes);
        Assert.Equal(1, back.Reads);
        Assert.Equal(counts.Operations, back.Operations);
        Assert.Equal(2, back.WritesByContainer[Container]);
        Assert.Equal(1, back.ByMethod["GET"]);
        Assert.Equal(2, back.ByStatus["201"]);

        _proxy.Reset();
        var empty = _proxy.Snapshot();
        Assert.Equal(0, empty.Requests);
        Assert.Empty(empty.Operations);
        Assert.Empty(empty.ByStatus);
        Assert.Equal(0, _proxy.Writes + _proxy.Reads + _proxy.Requests);
    }
}
