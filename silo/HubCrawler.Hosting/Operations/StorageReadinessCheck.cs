using Azure.Storage.Blobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HubCrawler.Hosting.Operations;

/// <summary>Readiness of the storage account: the grain container answers (asked with the data-plane rights the silo has).</summary>
public sealed class StorageReadinessCheck(BlobServiceClient blobs, string container) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var exists = await blobs.GetBlobContainerClient(container).ExistsAsync(timeout.Token);
            return HealthCheckResult.Healthy($"{blobs.AccountName}: container {container} {(exists.Value ? "answers" : "not created yet")}");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The storage account {blobs.AccountName} did not answer within {Timeout.TotalSeconds:0} s: {e.GetType().Name}: {FirstLine(e.Message)}");
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
