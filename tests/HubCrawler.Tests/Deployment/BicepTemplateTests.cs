using HubCrawler.Grains.Citations;
using HubCrawler.Silo;
using HubCrawler.Sources.Caching;

namespace HubCrawler.Tests.Deployment;

/// <summary>Builds infra/azure/main.bicep once (zero warnings, or the build fails) for the template tests.</summary>
public sealed class CompiledTemplate
{
    public ArmTemplate Template { get; } = ArmTemplate.Build();
}

/// <summary>The compiled Azure deployment has what a production HubCrawler needs, with the settings the hosts
/// really read (names taken from their options classes).</summary>
public sealed class BicepTemplateTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string BlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string AcrPull = "7f951dda-4ed3-4680-a7ca-43fe172d538d";

    private ArmTemplate Template => compiled.Template;

    [Fact]
    public void Builds_with_zero_warnings()
    {
        Assert.Contains("0 warnings", Template.BuildOutput);
        Assert.DoesNotContain("Warning", Template.BuildOutput);
    }

    [Fact]
    public void Storage_account_takes_entra_id_only_with_the_containers_and_table_the_silos_use()
    {
        var storage = Template.Module("storage");
        var account = Assert.Single(ArmTemplate.Resources(storage, "Microsoft.Storage/storageAccounts"));
        var properties = account["properties"]!;
        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.Equal("TLS1_2", (string)properties["minimumTlsVersion"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);

        var containers = storage["properties"]!["template"]!["parameters"]!["containers"]!["defaultValue"]!.AsArray().Select(c => (string)c!).ToHashSet();
        Assert.Equal(new HashSet<string> { new StorageOptions().Container, new CacheOptions().Container, new CitationStoreOptions().Container }, containers);
        var container = Assert.Single(ArmTemplate.Resources(storage, "Microsoft.Storage/storageAccounts/blobServices/containers"));
        Assert.Equal("[length(parameters('containers'))]", (string)container["copy"]!["count"]!);
        Assert.Single(ArmTemplate.Resources(storage, "Microsoft.Storage/storageAccounts/tableServices"));
        Assert.Single(ArmTemplate.Resources(storage, "Microsoft.Storage/storageAccounts/tableServices/tables"));
    }

    [Fact]
    public void Has_log_analytics_a_registry_without_admin_user_and_two_environments_logging_to_it()
    {
        Assert.Single(ArmTemplate.Resources(Template.Module("monitoring"), "Microsoft.OperationalInsights/workspaces"));
        var registry = Assert.Single(ArmTemplate.Resources(Template.Module("registry"), "Microsoft.ContainerRegistry/registries"));
        Assert.False((bool)registry["properties"]!["adminUserEnabled"]!);

        var silos = Template.Module("silo-environment");
        var environment = Assert.Single(ArmTemplate.Resources(silos, "Microsoft.App/managedEnvironments"));
        Assert.Equal("log-analytics", (string)environment["properties"]!["appLogsConfiguration"]!["destination"]!);
        // The silos' environment is internal (no public endpoint); the API's is not.
        Assert.True((bool)silos["properties"]!["parameters"]!["internal"]!["value"]!);
        Assert.False((bool)Template.Module("api-environment")["properties"]!["parameters"]!["internal"]!["value"]!);
    }

    [Fact]
    public void One_silo_app_per_silo_with_exactly_one_replica_and_its_own_port_pair()
    {
        Assert.Equal(3, (int)Template.Parameter("siloCount")["defaultValue"]!);
        var silos = Template.Module("silo");
        Assert.Equal("[length(range(0, parameters('siloCount')))]", (string)silos["copy"]!["count"]!);
        Assert.Equal("[range(0, parameters('siloCount'))[copyIndex()]]", (string)silos["properties"]!["parameters"]!["index"]!["value"]!);

        var app = Assert.Single(ArmTemplate.Resources(silos, "Microsoft.App/containerApps"));
        var scale = app["properties"]!["template"]!["scale"]!;
        Assert.Equal(1, (int)scale["minReplicas"]!);
        Assert.Equal(1, (int)scale["maxReplicas"]!);

        var variables = ArmTemplate.Variables(silos);
        Assert.Equal("[add(parameters('siloPortBase'), parameters('index'))]", (string)variables["siloPort"]!);
        Assert.Equal("[add(parameters('gatewayPortBase'), parameters('index'))]", (string)variables["gatewayPort"]!);
        var ingress = app["properties"]!["configuration"]!["ingress"]!;
        Assert.Equal("tcp", (string)ingress["transport"]!);
        Assert.Equal("[variables('siloPort')]", (string)ingress["targetPort"]!);
        Assert.Equal("[variables('siloPort')]", (string)ingress["exposedPort"]!);
        Assert.Equal("[concat(variables('gatewayPortMapping'), if(variables('hasOperationsKey'), variables('dashboardPortMapping'), createArray()))]", (string)ingress["additionalPortMappings"]!);
        var gateway = Assert.Single(variables["gatewayPortMapping"]!.AsArray())!;
        Assert.Equal("[variables('gatewayPort')]", (string)gateway["targetPort"]!);
        Assert.Equal("[variables('gatewayPort')]", (string)gateway["exposedPort"]!);

        // The silo advertises the internal environment's static IP, and the settings carry its own ports.
        var settings = ArmTemplate.EnvironmentVariables(silos);
        Assert.Equal("[parameters('advertisedIp')]", (string)settings["Orleans__AdvertisedIPAddress"]["value"]!);
        Assert.Equal("[string(variables('siloPort'))]", (string)settings["Orleans__SiloPort"]["value"]!);
        Assert.Equal("[string(variables('gatewayPort'))]", (string)settings["Orleans__GatewayPort"]["value"]!);
        Assert.Contains("'silo-environment'), '2025-04-01').outputs.staticIp", (string)silos["properties"]!["parameters"]!["advertisedIp"]!["value"]!);
    }

    [Fact]
    public void Silo_settings_are_the_keys_the_silo_reads()
    {
        var settings = ArmTemplate.EnvironmentVariables(Template.Module("silo"));
        Assert.Equal(DeploymentSettings.Silo.Append(DeploymentSettings.SourceApiKey).Concat(DeploymentSettings.SiloOperations).Order(), settings.Keys.Order());
        Assert.Equal("AzureTable", (string)settings["Orleans__Membership"]["value"]!);
        Assert.Equal("AzureBlob", (string)settings["Storage__Provider"]["value"]!);
        Assert.Equal("semantic-scholar-api-key", (string)settings[DeploymentSettings.SourceApiKey]["secretRef"]!);
        var main = Template.Module("silo")["properties"]!["parameters"]!;
        Assert.Contains("blobServiceUri", (string)main["blobServiceUri"]!["value"]!);
        Assert.Contains("'silo-identity'), '2025-04-01').outputs.clientId", (string)main["identityClientId"]!["value"]!);
    }

    [Fact]
    public void The_dashboard_runs_only_on_the_internal_silos_and_only_with_an_operations_key_from_a_secret()
    {
        var silos = Template.Module("silo");
        var settings = ArmTemplate.EnvironmentVariables(silos);
        Assert.Equal("true", (string)settings["Operations__Dashboard"]["value"]!);
        Assert.Equal("operations-key", (string)settings["Operations__Key"]["secretRef"]!);
        var app = Assert.Single(ArmTemplate.Resources(silos, "Microsoft.App/containerApps"));
        // The settings, the secret and the HTTP port mapping (inside the network) all hang on the key being given.
        Assert.Equal("[not(empty(parameters('operationsKey')))]", (string)ArmTemplate.Variables(silos)["hasOperationsKey"]!);
        Assert.Contains("if(variables('hasOperationsKey'), variables('operationsSettings')", (string)app["properties"]!["template"]!["containers"]![0]!["env"]!);
        Assert.Contains("if(variables('hasOperationsKey'), createArray(createObject('name', 'operations-key'", (string)app["properties"]!["configuration"]!["secrets"]!);
        Assert.Contains("if(variables('hasOperationsKey'), variables('dashboardPortMapping')", (string)app["properties"]!["configuration"]!["ingress"]!["additionalPortMappings"]!);
        Assert.Equal("''", "'" + (string?)silos["properties"]!["template"]!["parameters"]!["operationsKey"]!["defaultValue"] + "'");
        Assert.Equal("securestring", (string)silos["properties"]!["template"]!["parameters"]!["operationsKey"]!["type"]!);

        var api = ArmTemplate.EnvironmentVariables(Template.Module("api"));
        Assert.Equal("false", (string)api["Operations__Dashboard"]["value"]!);
        Assert.False(api.ContainsKey("Operations__Key"));
    }

    [Fact]
    public void Api_app_is_public_and_reads_membership_with_its_own_identity_and_the_key_from_a_secret()
    {
        var api = Template.Module("api");
        var app = Assert.Single(ArmTemplate.Resources(api, "Microsoft.App/containerApps"));
        var ingress = app["properties"]!["configuration"]!["ingress"]!;
        Assert.True((bool)ingress["external"]!);
        Assert.False((bool)ingress["allowInsecure"]!);

        var settings = ArmTemplate.EnvironmentVariables(api);
        Assert.Equal(DeploymentSettings.Api.Order(), settings.Keys.Order());
        Assert.Equal("AzureTable", (string)settings["Orleans__Membership"]["value"]!);
        Assert.Equal("api-key", (string)settings["Api__Key"]["secretRef"]!);
        Assert.False(settings["Api__Key"].ContainsKey("value"));
        var secret = Assert.Single(app["properties"]!["configuration"]!["secrets"]!.AsArray())!;
        Assert.Equal("api-key", (string)secret["name"]!);
        Assert.Equal("[parameters('apiKey')]", (string)secret["value"]!);
        Assert.Equal("securestring", (string)api["properties"]!["template"]!["parameters"]!["apiKey"]!["type"]!);
        Assert.Equal("securestring", (string)Template.Parameter("apiKey")["type"]!);
        Assert.Contains("'api-identity'), '2025-04-01').outputs.clientId", (string)api["properties"]!["parameters"]!["identityClientId"]!["value"]!);

        var probes = app["properties"]!["template"]!["containers"]![0]!["probes"]!.AsArray().ToDictionary(p => (string)p!["type"]!, p => (string)p!["httpGet"]!["path"]!);
        Assert.Equal("/health", probes["Liveness"]);
        Assert.Equal("/ready", probes["Readiness"]);
        Assert.Contains("apiUrl", Template.Root["outputs"]!.AsObject().Select(o => o.Key));
    }

    [Fact]
    public void Silos_get_table_and_blob_data_roles_the_api_only_table_and_both_pull_images()
    {
        var roles = Template.Module("roles");
        var variables = ArmTemplate.Variables(roles);
        Assert.Equal(TableDataContributor, (string)variables["storageTableDataContributor"]!);
        Assert.Equal(BlobDataContributor, (string)variables["storageBlobDataContributor"]!);
        Assert.Equal(AcrPull, (string)variables["acrPull"]!);

        var grants = variables["storageGrants"]!.AsArray()
            .Select(g => ((string)g!["principalId"]!, (string)g["role"]!)).ToHashSet();
        Assert.Equal(new HashSet<(string, string)>
        {
            ("[parameters('siloPrincipalId')]", "[variables('storageTableDataContributor')]"),
            ("[parameters('siloPrincipalId')]", "[variables('storageBlobDataContributor')]"),
            ("[parameters('apiPrincipalId')]", "[variables('storageTableDataContributor')]"),
        }, grants);

        var assignments = ArmTemplate.Resources(roles, "Microsoft.Authorization/roleAssignments");
        Assert.Equal(2, assignments.Count);
        var storage = assignments.Single(a => ((string)a["scope"]!).Contains("Microsoft.Storage/storageAccounts"));
        Assert.Equal("[length(variables('storageGrants'))]", (string)storage["copy"]!["count"]!);
        Assert.Equal("[variables('storageGrants')[copyIndex()].principalId]", (string)storage["properties"]!["principalId"]!);
        Assert.Equal("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('storageGrants')[copyIndex()].role)]",
            (string)storage["properties"]!["roleDefinitionId"]!);
        var pull = assignments.Single(a => ((string)a["scope"]!).Contains("Microsoft.ContainerRegistry/registries"));
        Assert.Equal("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('acrPull'))]", (string)pull["properties"]!["roleDefinitionId"]!);
        Assert.Equal("[length(createArray(parameters('siloPrincipalId'), parameters('apiPrincipalId')))]", (string)pull["copy"]!["count"]!);

        var main = roles["properties"]!["parameters"]!;
        Assert.Contains("'silo-identity'), '2025-04-01').outputs.principalId", (string)main["siloPrincipalId"]!["value"]!);
        Assert.Contains("'api-identity'), '2025-04-01').outputs.principalId", (string)main["apiPrincipalId"]!["value"]!);
    }
}
