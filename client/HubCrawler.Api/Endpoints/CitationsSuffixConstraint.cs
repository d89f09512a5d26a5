using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HubCrawler.Api.Endpoints;

/// <summary>Route constraint "citations": a catch-all paper id that ends in "/citations", so the
/// explorer is its own endpoint (DOIs contain slashes, so the id must be a catch-all).</summary>
internal sealed class CitationsSuffixConstraint : IRouteConstraint
{
    public const string Name = "citations";
    public const string Suffix = "/citations";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value)
        && value?.ToString() is { Length: > 10 } text
        && text.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);
}
