namespace HubCrawler.Hosting;

/// <summary>Where the storage account is, in one of two forms. Locally (Azurite) or with an account key:
/// <see cref="ConnectionString"/>. On Azure: <see cref="BlobServiceUri"/> and <see cref="TableServiceUri"/>,
/// reached with Microsoft Entra ID through <c>DefaultAzureCredential</c> (the managed identity in Container Apps).
/// When a service URI is set, the account is addressed by URIs and the connection string is not used.</summary>
public sealed class StorageAccountOptions
{
    public const string Section = "Storage";

    /// <summary>An Azure Storage connection string (Azurite: <c>UseDevelopmentStorage=true</c> or its explicit endpoints).</summary>
    public string? ConnectionString { get; set; }
    /// <summary>The blob service, e.g. <c>https://account.blob.core.windows.net/</c> (grain state, document cache, citation pages).</summary>
    public Uri? BlobServiceUri { get; set; }
    /// <summary>The table service, e.g. <c>https://account.table.core.windows.net/</c> (cluster membership).</summary>
    public Uri? TableServiceUri { get; set; }
    /// <summary>The client id of a user-assigned managed identity; without it the credential uses the system-assigned
    /// identity or the developer's sign-in (Azure CLI, Visual Studio, environment).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>True when the account is addressed by service URIs (Entra ID) rather than a connection string.</summary>
    public bool UsesServiceUris => BlobServiceUri is not null || TableServiceUri is not null;
}
