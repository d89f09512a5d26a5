using HubCrawler.Api.Security;
using HubCrawler.ApiHost;
using HubCrawler.Hosting;
using HubCrawler.Hosting.Operations;
using HubCrawler.Silo;
using HubCrawler.Sources;

namespace HubCrawler.Tests.Deployment;

/// <summary>The settings each deployed app must get, named from the hosts' own options classes (so renaming a
/// setting in C# breaks the deployment tests), in environment-variable form (Section__Key).</summary>
public static class DeploymentSettings
{
    public static string Key(string section, string name) => $"{section}:{name}";
    public static string EnvironmentName(string key) => key.Replace(":", "__");

    /// <summary>What a silo container gets: cluster membership in the table service, its advertised address and port
    /// pair, blob grain storage, and the storage account by service URIs with the silo identity.</summary>
    public static IReadOnlySet<string> Silo { get; } = new HashSet<string>(new[]
    {
        Key(SiloOptions.Section, nameof(SiloOptions.Membership)),
        Key(SiloOptions.Section, nameof(SiloOptions.ClusterId)),
        Key(SiloOptions.Section, nameof(SiloOptions.AdvertisedIPAddress)),
        Key(SiloOptions.Section, nameof(SiloOptions.SiloPort)),
        Key(SiloOptions.Section, nameof(SiloOptions.GatewayPort)),
        Key(StorageOptions.Section, nameof(StorageOptions.Provider)),
        Key(StorageAccountOptions.Section, nameof(StorageAccountOptions.BlobServiceUri)),
        Key(StorageAccountOptions.Section, nameof(StorageAccountOptions.TableServiceUri)),
        Key(StorageAccountOptions.Section, nameof(StorageAccountOptions.ManagedIdentityClientId)),
    }.Select(EnvironmentName));

    /// <summary>Optional on the silos: the source's API key, as a secret.</summary>
    public static string SourceApiKey { get; } = EnvironmentName(Key(SemanticScholarOptions.Section, nameof(SemanticScholarOptions.ApiKey)));

    /// <summary>What the API front end gets: membership in the table service (no blob access) and the write key.</summary>
    public static IReadOnlySet<string> Api { get; } = new HashSet<string>(new[]
    {
        Key(ClusterClientOptions.Section, nameof(ClusterClientOptions.Membership)),
        Key(ClusterClientOptions.Section, nameof(ClusterClientOptions.ClusterId)),
        Key(StorageAccountOptions.Section, nameof(StorageAccountOptions.TableServiceUri)),
        Key(StorageAccountOptions.Section, nameof(StorageAccountOptions.ManagedIdentityClientId)),
        Key(ApiAccessOptions.Section, nameof(ApiAccessOptions.Key)),
        Key(OperationsOptions.Section, nameof(OperationsOptions.Dashboard)),
    }.Select(EnvironmentName));

    /// <summary>Optional on the silos, with an operations key: the dashboard on and its key, as a secret.</summary>
    public static IReadOnlySet<string> SiloOperations { get; } = new HashSet<string>(new[]
    {
        Key(OperationsOptions.Section, nameof(OperationsOptions.Dashboard)),
        Key(OperationsOptions.Section, nameof(OperationsOptions.Key)),
    }.Select(EnvironmentName));
}
