namespace HubCrawler.Silo;

/// <summary>Where grain state lives: Azure Blob storage (Azurite locally) or memory (tests, throwaway runs).
/// Which storage account, and how the silo signs in to it, is <see cref="HubCrawler.Hosting.StorageAccountOptions"/>
/// (the same <c>Storage</c> section).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>"AzureBlob" (default) or "Memory".</summary>
    public string Provider { get; set; } = "AzureBlob";
    public string Container { get; set; } = "hubcrawler-grains";
    /// <summary>Grain storage operations a silo keeps in flight at once; the rest queue in the silo (see BoundedGrainStorage).</summary>
    public int MaxConcurrentOperations { get; set; } = 32;
}
