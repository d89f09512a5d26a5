namespace HubCrawler.Api.Queries;

/// <summary>An empty query value (<c>yearFrom=</c>, as a form with an empty field sends it) means the parameter is absent:
/// minimal-API binding would fail an <c>[AsParameters]</c> record's <c>int?</c> on it, so such pairs are dropped first.</summary>
internal static class EmptyQueryValues
{
    public static IApplicationBuilder UseEmptyQueryValuesAsAbsent(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var query = context.Request.Query;
        if (query.Any(p => p.Value.All(string.IsNullOrEmpty)))
            context.Request.QueryString = QueryString.Create(query
                .SelectMany(p => p.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => new KeyValuePair<string, string?>(p.Key, v))));
        return next(context);
    });
}
