using System.ComponentModel.DataAnnotations;

namespace HubCrawler.Api.Queries;

/// <summary>The DataAnnotations rules of a query record, checked by hand where the framework's validation does not
/// answer (the hub page answers an HTML page, not a problem).</summary>
internal static class QueryValidation
{
    /// <summary>Null when <paramref name="parameters"/> are valid, else what is wrong with them.</summary>
    public static string? Problem(object parameters)
    {
        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(parameters, new ValidationContext(parameters), results, validateAllProperties: true)
            ? null
            : string.Join(" ", results.Select(r => r.ErrorMessage));
    }
}
