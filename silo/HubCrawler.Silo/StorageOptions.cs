namespace HubCrawler.Silo;

/// <summary>Where grain state lives: Azure Blob storage (Azurite locally) or memory (tests, throwaway runs).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>"AzureBlob" (default) or "Memory".</summary>
    public string Provider { get; set; } = "AzureBlob";
    /// <summary>An Azure Storage connection string; the default reaches Azurite on its standard ports.</summary>
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";
    public string Container { get; set; } = "hubcrawler-grains";
}
