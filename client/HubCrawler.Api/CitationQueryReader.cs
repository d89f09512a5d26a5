using HubCrawler.Abstractions;
using Microsoft.AspNetCore.Http;

namespace HubCrawler.Api;

/// <summary>Reads the citations explorer's query parameters (offset, limit, role, polarity,
/// yearFrom, yearTo, sort) strictly, for the API and the hub page alike.</summary>
internal static class CitationQueryReader
{
    public static bool TryRead(HttpRequest request, int defaultLimit, out CitationQuery query, out string? error)
    {
        query = new CitationQuery();
        if (!QueryParameters.TryInt(request, "offset", 0, out var offset, out error)
            || !QueryParameters.TryInt(request, "limit", defaultLimit, out var limit, out error)
            || !QueryParameters.TryEnum<CitationRole>(request, "role", out var role, out error)
            || !QueryParameters.TryEnum<CitationPolarity>(request, "polarity", out var polarity, out error)
            || !QueryParameters.TryOptionalInt(request, "yearFrom", out var yearFrom, out error)
            || !QueryParameters.TryOptionalInt(request, "yearTo", out var yearTo, out error)
            || !QueryParameters.TryEnum<CitationSort>(request, "sort", out var sort, out error))
            return false;

        query = new CitationQuery
        {
            Offset = offset, Limit = limit, Role = role, Polarity = polarity, YearFrom = yearFrom, YearTo = yearTo,
            Sort = sort ?? CitationSort.Source,
        };
        error = query.Validate();
        return error is null;
    }
}
