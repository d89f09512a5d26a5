using Azure.Core;
using Azure.Data.Tables;
using HubCrawler.Hosting;
using HubCrawler.Silo;
using Microsoft.Extensions.Configuration;

namespace HubCrawler.Tests.Deployment;

/// <summary>The one storage configuration both hosts read: service URIs with a token credential, else a connection
/// string, else an error that says what to set.</summary>
public sealed class StorageClientsTests
{
    private static StorageClients From(Dictionary<string, string?> settings) =>
        StorageClients.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    [Fact]
    public void A_connection_string_gives_shared_key_clients_on_its_endpoints()
    {
        var clients = From(new() { ["Storage:ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" +
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            "BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:2/devstoreaccount1;" });

        var blobs = clients.CreateBlobServiceClient("test");
        Assert.Equal(new Uri("http://127.0.0.1:1/devstoreaccount1"), blobs.Uri);
        Assert.True(blobs.CanGenerateAccountSasUri);
        Assert.Equal(new Uri("http://127.0.0.1:2/devstoreaccount1"), clients.CreateTableServiceClient("test").Uri);
    }

    [Fact]
    public void Service_uris_win_over_the_default_connection_string_and_use_the_token_credential()
    {
        var clients = From(new()
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Storage:BlobServiceUri"] = "https://account.blob.core.windows.net/",
            ["Storage:TableServiceUri"] = "https://account.table.core.windows.net/",
            ["Storage:ManagedIdentityClientId"] = "00000000-0000-0000-0000-000000000001",
        });

        Assert.Equal("00000000-0000-0000-0000-000000000001", clients.Options.ManagedIdentityClientId);
        var blobs = clients.CreateBlobServiceClient("test");
        Assert.Equal(new Uri("https://account.blob.core.windows.net/"), blobs.Uri);
        Assert.Equal("account", blobs.AccountName);
        Assert.False(blobs.CanGenerateAccountSasUri); // no account key: a token credential
        var tables = clients.CreateTableServiceClient("test");
        Assert.Equal(new Uri("https://account.table.core.windows.net/"), tables.Uri);
        Assert.Equal("account", tables.AccountName);
    }

    [Fact]
    public void A_given_credential_is_the_one_the_clients_ask_for_tokens()
    {
        var credential = new RecordingCredential();
        var clients = new StorageClients(new StorageAccountOptions { TableServiceUri = new Uri("https://127.0.0.1:9/devstoreaccount1") }, credential);
        var tables = clients.CreateTableServiceClient("test");
        // The request fails (nothing listens there); what matters is that the client asked this credential for a storage token.
        Assert.ThrowsAny<Exception>(() => tables.Query(maxPerPage: 1).AsPages().First());
        Assert.Contains("https://storage.azure.com/.default", credential.Scopes);
    }

    [Fact]
    public void Neither_form_is_an_error_that_names_both_settings()
    {
        var error = Assert.Throws<InvalidOperationException>(() => From(new()).CreateBlobServiceClient("Storage:Provider=AzureBlob"));
        Assert.Contains("Storage:Provider=AzureBlob needs a storage account", error.Message);
        Assert.Contains("Storage:BlobServiceUri", error.Message);
        Assert.Contains("Storage:ConnectionString", error.Message);

        var table = Assert.Throws<InvalidOperationException>(() => From(new() { ["Storage:ConnectionString"] = " " }).CreateTableServiceClient("Orleans:Membership=AzureTable"));
        Assert.Contains("Storage:TableServiceUri", table.Message);
    }

    [Fact]
    public void A_missing_service_uri_is_an_error_even_with_a_connection_string()
    {
        var clients = From(new() { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true", ["Storage:BlobServiceUri"] = "https://account.blob.core.windows.net/" });
        var error = Assert.Throws<InvalidOperationException>(() => clients.CreateTableServiceClient("Orleans:Membership=AzureTable"));
        Assert.Contains("Orleans:Membership=AzureTable needs Storage:TableServiceUri", error.Message);
    }

    [Fact]
    public void A_silo_without_storage_does_not_start_and_says_why()
    {
        var error = Assert.Throws<InvalidOperationException>(() => HubCrawlerSiloHost.Build(["--Storage:ConnectionString=", "--Storage:Provider=AzureBlob"]));
        Assert.Contains("Storage:Provider=AzureBlob needs a storage account", error.Message);
    }

    [Fact]
    public async Task The_connection_string_path_reads_and_writes_azurite()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var clients = From(new() { ["Storage:ConnectionString"] = azurite.ConnectionString });

        var container = clients.CreateBlobServiceClient("test").GetBlobContainerClient("factory-test");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("a").UploadAsync(BinaryData.FromString("hello"));
        Assert.Equal("hello", (await container.GetBlobClient("a").DownloadContentAsync()).Value.Content.ToString());

        var table = clients.CreateTableServiceClient("test").GetTableClient("factorytest");
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["v"] = 1 });
        Assert.Equal(1, (await table.GetEntityAsync<TableEntity>("p", "r")).Value.GetInt32("v"));
    }

    private sealed class RecordingCredential : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (Scopes) Scopes.AddRange(requestContext.Scopes);
            return new AccessToken("token", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
