namespace HubCrawler.Api.Endpoints;

/// <summary>Matches a catch-all route value that ends in <paramref name="suffix"/> after a paper id.</summary>
internal abstract class PathSuffixConstraint(string suffix) : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value)
        && value?.ToString() is { } text
        && text.Length > suffix.Length + 3
        && text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
}
