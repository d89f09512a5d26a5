using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace HubCrawler.Api.Security;

/// <summary>Guards the endpoints that change things: they need the configured API key, or, when no
/// key is configured, a client on this machine.</summary>
public sealed class ApiKeyFilter(IOptions<ApiAccessOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (options.Value.Key is { Length: > 0 } key)
        {
            var given = http.Request.Headers[Header].ToString();
            if (given.Length == 0)
                return Deny("This endpoint needs an API key: send it in the X-Api-Key header.");
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key)))
                return Deny("The API key is not valid.");
            return next(context);
        }
        if (http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address))
            return next(context);
        return Deny("No API key is configured on this server (Api:Key), so only clients on the server itself may start or cancel crawls.");
    }

    private static ValueTask<object?> Deny(string detail) =>
        ValueTask.FromResult<object?>(Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized"));
}
