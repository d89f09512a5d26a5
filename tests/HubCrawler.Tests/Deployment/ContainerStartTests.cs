using System.Diagnostics;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using HubCrawler.Silo;
using Xunit.Abstractions;

namespace HubCrawler.Tests.Deployment;

/// <summary>What a container on Azure does, done here without Docker or Azure: the <c>dotnet publish</c> output of
/// the silo and the API front end, started with the settings the Bicep gives each app and the variables Container
/// Apps adds (managed identity endpoint), against Azurite over HTTPS with OAuth (no account key). So the storage
/// code path used on Azure (service URIs, DefaultAzureCredential, the user-assigned identity) really runs.</summary>
[Collection(RunsAloneCollection.Name)]
public sealed class ContainerStartTests(ITestOutputHelper output)
{
    private const string SiloIdentity = "11111111-1111-4111-8111-111111111111";
    private const string ApiIdentity = "22222222-2222-4222-8222-222222222222";

    [Fact]
    public async Task Published_silo_and_api_start_with_the_deployment_settings_and_sign_in_to_storage_with_their_identities()
    {
        using var tls = AzuriteTls.Create();
        await using var azurite = await AzuriteServer.StartAsync(tls);
        await using var identity = await FakeManagedIdentityEndpoint.StartAsync();
        var publish = Directory.CreateTempSubdirectory("hubcrawler-publish-").FullName;
        try
        {
            var siloDirectory = await Publish("silo/HubCrawler.Silo/HubCrawler.Silo.csproj", Path.Combine(publish, "silo"));
            var apiDirectory = await Publish("client/HubCrawler.ApiHost/HubCrawler.ApiHost.csproj", Path.Combine(publish, "api"));
            var clusterId = "deploy-" + Guid.NewGuid().ToString("N")[..8];
            var (siloPort, gatewayPort) = (FreePort.Next(), FreePort.Next());

            // The settings main.bicep gives a silo app, with local values (the template tests check the names are the same).
            var siloSettings = new Dictionary<string, string>
            {
                ["Orleans__Membership"] = "AzureTable",
                ["Orleans__ClusterId"] = clusterId,
                ["Orleans__AdvertisedIPAddress"] = "127.0.0.1",
                ["Orleans__SiloPort"] = siloPort.ToString(),
                ["Orleans__GatewayPort"] = gatewayPort.ToString(),
                ["Storage__Provider"] = "AzureBlob",
                ["Storage__BlobServiceUri"] = azurite.BlobServiceUri.ToString(),
                ["Storage__TableServiceUri"] = azurite.TableServiceUri.ToString(),
                ["Storage__ManagedIdentityClientId"] = SiloIdentity,
            };
            Assert.Equal(DeploymentSettings.Silo.Order(), siloSettings.Keys.Order());
            var apiSettings = new Dictionary<string, string>
            {
                ["Orleans__Membership"] = "AzureTable",
                ["Orleans__ClusterId"] = clusterId,
                ["Storage__TableServiceUri"] = azurite.TableServiceUri.ToString(),
                ["Storage__ManagedIdentityClientId"] = ApiIdentity,
                ["Api__Key"] = "deployment-test-key",
                ["Operations__Dashboard"] = "false",
            };
            Assert.Equal(DeploymentSettings.Api.Order(), apiSettings.Keys.Order());

            await using var silo = await SiloProcess.StartAsync(new Dictionary<string, string?>(), siloDirectory,
                environment: Container("silo.Dockerfile", siloSettings, identity, tls));
            await using var api = await SiloProcess.StartAsync(new Dictionary<string, string?>(), apiDirectory, "HubCrawler.ApiHost.dll",
                Container("api.Dockerfile", apiSettings, identity, tls));

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            // /ready: a grain call answered by the cluster; the grain's state is read from blob storage with a token.
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri(silo.Address, "/ready"))).StatusCode);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri(api.Address, "/ready"))).StatusCode);

            // Each host asked the identity endpoint for a storage token for its own user-assigned identity, and no other.
            var requests = identity.Requests;
            output.WriteLine(string.Join('\n', requests));
            Assert.All(requests, r => Assert.True(r.HeaderMatched));
            Assert.All(requests, r => Assert.StartsWith("https://storage.azure.com", r.Resource));
            Assert.Equal(new HashSet<string> { SiloIdentity, ApiIdentity }, requests.Select(r => r.ClientId).ToHashSet());

            // What they wrote is in Azurite: the silo's membership row, and the grain state container.
            var transport = new HttpClientTransport(tls.TrustingHandler());
            var tables = new TableServiceClient(azurite.ConnectionString, new TableClientOptions { Transport = transport });
            var members = tables.GetTableClient("OrleansSiloInstances").Query<TableEntity>(e => e.PartitionKey == clusterId).ToList();
            Assert.Contains(members, m => m.GetString("Address") == "127.0.0.1" && m.GetString("Port") == siloPort.ToString() && m.GetString("Status") == "Active");
            var blobs = new BlobServiceClient(azurite.ConnectionString, new BlobClientOptions { Transport = transport });
            Assert.True((await blobs.GetBlobContainerClient(new StorageOptions().Container).ExistsAsync()).Value);

            // The images' HEALTHCHECK command, pointed at the running hosts, passes; at a closed port it fails.
            foreach (var (dockerfile, address) in new[] { ("silo.Dockerfile", silo.Address), ("api.Dockerfile", api.Address) })
            {
                var command = Dockerfile.Read(dockerfile).HealthCheckCommand;
                Assert.Equal(0, await Run(command, 8080, address.Port));
                Assert.NotEqual(0, await Run(command, 8080, FreePort.Next()));
            }
        }
        finally
        {
            Directory.Delete(publish, recursive: true);
        }
    }

    /// <summary>A container's environment: the image's ENV, the app's settings, what Container Apps adds for the managed
    /// identity, and (here only) trust in Azurite's self-signed certificate. The HTTP address is given on the command line.</summary>
    private static Dictionary<string, string> Container(string dockerfile, IReadOnlyDictionary<string, string> settings, FakeManagedIdentityEndpoint identity, AzuriteTls tls)
    {
        var environment = new Dictionary<string, string>(Dockerfile.Read(dockerfile).Environment);
        foreach (var (name, value) in settings) environment[name] = value;
        foreach (var (name, value) in identity.ContainerEnvironment) environment[name] = value;
        environment["SSL_CERT_FILE"] = tls.CertificatePemPath;
        environment["Logging__LogLevel__Default"] = "Warning";
        return environment;
    }

    /// <summary><c>dotnet publish</c> of a host (already built by the test run), as the Dockerfiles run it.</summary>
    private async Task<string> Publish(string project, string directory)
    {
        var (code, text) = await RunProcess("dotnet", ["publish", Path.Combine(RepositoryRoot.Path, project), "-c", SiloProcess.BuildConfiguration,
            "--no-build", "-o", directory, "-nologo", "-v", "q"]);
        Assert.True(code == 0, $"dotnet publish {project} failed:\n{text}");
        output.WriteLine($"published {project}: {Directory.GetFiles(directory).Length} files");
        return directory;
    }

    private static async Task<int> Run(IReadOnlyList<string> command, int imagePort, int localPort)
    {
        var arguments = command.Skip(1).Select(a => a.Replace($"/{imagePort}", $"/{localPort}")).ToList();
        return (await RunProcess(command[0], arguments)).Code;
    }

    private static async Task<(int Code, string Output)> RunProcess(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
