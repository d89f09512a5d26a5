using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace HubCrawler.Hosting.Operations;

/// <summary>The lock on the operator's endpoints (dashboard, metrics): every endpoint a convention builder maps is wrapped,
/// so a route the dashboard adds in a later version is locked too. The key comes as X-Api-Key (scripts), as a bearer
/// token (Prometheus' <c>authorization</c>) or as the password of HTTP Basic (a browser, which the 401 prompts).</summary>
public static class OperationsAccess
{
    public const string Realm = "HubCrawler operations";

    /// <summary>Requires the operations key on every endpoint of <paramref name="endpoints"/>.</summary>
    public static TBuilder RequireOperationsKey<TBuilder>(this TBuilder endpoints, IConfiguration configuration) where TBuilder : IEndpointConventionBuilder
    {
        var key = KeyOf(configuration);
        endpoints.Add(endpoint =>
        {
            // The operator's endpoints are not part of the API's OpenAPI document.
            endpoint.Metadata.Add(new Microsoft.AspNetCore.Routing.ExcludeFromDescriptionAttribute());
            var inner = endpoint.RequestDelegate;
            if (inner is null) return;
            endpoint.RequestDelegate = http => Check(http, key) is { } denied ? denied(http) : inner(http);
        });
        return endpoints;
    }

    /// <summary><c>Operations:Key</c>, else <c>Api:Key</c>, else none.</summary>
    public static string? KeyOf(IConfiguration configuration) =>
        configuration[$"{OperationsOptions.Section}:Key"] is { Length: > 0 } key ? key
        : configuration["Api:Key"] is { Length: > 0 } apiKey ? apiKey
        : null;

    private static RequestDelegate? Check(HttpContext http, string? key)
    {
        if (key is null)
            return http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
                ? null
                : Deny(StatusCodes.Status403Forbidden, "No operations key is configured (Operations:Key or Api:Key), so only clients on the server itself may see this.");
        var given = Given(http.Request);
        if (given is null) return Deny(StatusCodes.Status401Unauthorized, "This endpoint needs the operations key: send it as X-Api-Key, as a bearer token, or as the password of HTTP Basic.");
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key))
            ? null
            : Deny(StatusCodes.Status403Forbidden, "The operations key is not valid.");
    }

    private static string? Given(HttpRequest request)
    {
        if (request.Headers["X-Api-Key"].ToString() is { Length: > 0 } header) return header;
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return authorization["Bearer ".Length..].Trim();
        if (!authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..].Trim()));
            return pair.IndexOf(':') is var colon and >= 0 ? pair[(colon + 1)..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static RequestDelegate Deny(int status, string detail) => async http =>
    {
        if (status == StatusCodes.Status401Unauthorized) http.Response.Headers.WWWAuthenticate = $"Basic realm=\"{Realm}\", charset=\"UTF-8\"";
        http.Response.Headers.CacheControl = "no-store";
        await Results.Problem(detail, statusCode: status, title: status == StatusCodes.Status401Unauthorized ? "Unauthorized" : "Forbidden").ExecuteAsync(http);
    };
}
