using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HubCrawler.Tests.Deployment;

/// <summary>A stand-in for the managed identity endpoint Container Apps gives every container (the
/// <c>IDENTITY_ENDPOINT</c> and <c>IDENTITY_HEADER</c> variables, App Service protocol 2019-08-01), on loopback.
/// It answers with an unsigned JWT in the shape Microsoft Entra ID issues for Azure Storage, which Azurite's
/// <c>--oauth basic</c> accepts (it checks issuer, audience and lifetime). It records who asked for what.</summary>
public sealed class FakeManagedIdentityEndpoint : IAsyncDisposable
{
    private const string Tenant = "72f988bf-0000-4000-8000-2d7cd011db47";
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<TokenRequest> _requests;

    private FakeManagedIdentityEndpoint(WebApplication app, ConcurrentQueue<TokenRequest> requests, Uri endpoint)
    {
        _app = app;
        _requests = requests;
        Endpoint = endpoint;
    }

    /// <summary>The secret a caller must send as X-IDENTITY-HEADER.</summary>
    public string Header { get; } = Guid.NewGuid().ToString("N");
    public Uri Endpoint { get; }
    public IReadOnlyList<TokenRequest> Requests => _requests.ToList();

    /// <summary>The variables Container Apps sets in a container with a managed identity.</summary>
    public IReadOnlyDictionary<string, string> ContainerEnvironment => new Dictionary<string, string>
    {
        ["IDENTITY_ENDPOINT"] = Endpoint.ToString(),
        ["IDENTITY_HEADER"] = Header,
    };

    public static async Task<FakeManagedIdentityEndpoint> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var requests = new ConcurrentQueue<TokenRequest>();
        FakeManagedIdentityEndpoint? self = null;
        app.MapGet("/msi/token", (HttpContext http) =>
        {
            var query = http.Request.Query;
            var header = http.Request.Headers["X-IDENTITY-HEADER"].ToString();
            var request = new TokenRequest(query["resource"].ToString(), query["client_id"].ToString(), query["api-version"].ToString(), header == self!.Header);
            requests.Enqueue(request);
            if (!request.HeaderMatched) return Results.StatusCode(StatusCodes.Status401Unauthorized);
            var expiresOn = DateTimeOffset.UtcNow.AddHours(1);
            return Results.Json(new Dictionary<string, string>
            {
                ["access_token"] = Jwt(request.Resource.TrimEnd('/'), request.ClientId, expiresOn),
                ["expires_on"] = expiresOn.ToUnixTimeSeconds().ToString(),
                ["resource"] = request.Resource,
                ["token_type"] = "Bearer",
                ["client_id"] = request.ClientId,
            });
        });
        await app.StartAsync();
        self = new FakeManagedIdentityEndpoint(app, requests, new Uri(new Uri(app.Urls.First()), "/msi/token"));
        return self;
    }

    private static string Jwt(string audience, string clientId, DateTimeOffset expiresOn)
    {
        static string Encode(object value) => Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds();
        var header = Encode(new Dictionary<string, object> { ["alg"] = "RS256", ["typ"] = "JWT" });
        var payload = Encode(new Dictionary<string, object>
        {
            ["aud"] = audience,
            ["iss"] = $"https://sts.windows.net/{Tenant}/",
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = expiresOn.ToUnixTimeSeconds(),
            ["appid"] = clientId,
            ["oid"] = Guid.NewGuid().ToString(),
            ["tid"] = Tenant,
        });
        return $"{header}.{payload}.unsigned";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
