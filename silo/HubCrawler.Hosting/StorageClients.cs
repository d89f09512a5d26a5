using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace HubCrawler.Hosting;

/// <summary>Makes the storage clients both hosts use (blob for grain state, cache and citation pages; table for
/// cluster membership) from <see cref="StorageAccountOptions"/>: service URIs with a token credential when given,
/// else the connection string, else a clear error naming the settings that are missing.</summary>
public sealed class StorageClients
{
    private readonly StorageAccountOptions _options;
    private readonly Lazy<TokenCredential> _credential;

    /// <param name="credential">The credential for service URIs; by default a <see cref="DefaultAzureCredential"/>
    /// that prefers the configured user-assigned managed identity.</param>
    public StorageClients(StorageAccountOptions options, TokenCredential? credential = null)
    {
        _options = options;
        _credential = new Lazy<TokenCredential>(() => credential ?? CreateDefaultCredential(options));
    }

    /// <summary>Reads the <c>Storage</c> section.</summary>
    public static StorageClients From(IConfiguration configuration) =>
        new(configuration.GetSection(StorageAccountOptions.Section).Get<StorageAccountOptions>() ?? new StorageAccountOptions());

    public StorageAccountOptions Options => _options;

    /// <summary>The blob service. <paramref name="neededBy"/> names the setting that needs it, for the error message.</summary>
    public BlobServiceClient CreateBlobServiceClient(string neededBy)
    {
        if (_options.UsesServiceUris)
            return new BlobServiceClient(Require(_options.BlobServiceUri, nameof(StorageAccountOptions.BlobServiceUri), neededBy), _credential.Value);
        return new BlobServiceClient(RequireConnectionString(neededBy, nameof(StorageAccountOptions.BlobServiceUri)));
    }

    /// <summary>The table service. <paramref name="neededBy"/> names the setting that needs it, for the error message.</summary>
    public TableServiceClient CreateTableServiceClient(string neededBy)
    {
        if (_options.UsesServiceUris)
            return new TableServiceClient(Require(_options.TableServiceUri, nameof(StorageAccountOptions.TableServiceUri), neededBy), _credential.Value);
        return new TableServiceClient(RequireConnectionString(neededBy, nameof(StorageAccountOptions.TableServiceUri)));
    }

    private static Uri Require(Uri? uri, string key, string neededBy) =>
        uri ?? throw new InvalidOperationException(
            $"{neededBy} needs {StorageAccountOptions.Section}:{key}: the storage account is addressed by service URIs " +
            $"(a {StorageAccountOptions.Section}:*ServiceUri is set), so the connection string is not used.");

    private string RequireConnectionString(string neededBy, string uriKey) =>
        string.IsNullOrWhiteSpace(_options.ConnectionString)
            ? throw new InvalidOperationException(
                $"{neededBy} needs a storage account: set {StorageAccountOptions.Section}:{uriKey} (Microsoft Entra ID, " +
                $"e.g. a managed identity) or {StorageAccountOptions.Section}:{nameof(StorageAccountOptions.ConnectionString)} (Azurite or an account key).")
            : _options.ConnectionString;

    private static DefaultAzureCredential CreateDefaultCredential(StorageAccountOptions options) =>
        new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
        });
}
