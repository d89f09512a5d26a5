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
}
