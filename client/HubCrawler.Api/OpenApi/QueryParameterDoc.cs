namespace HubCrawler.Api.OpenApi;

/// <summary>A query parameter that a handler reads itself (strictly, for clear 400s), described for the
/// OpenAPI document since the framework cannot see it.</summary>
/// <param name="Name">The parameter's name in the query string.</param>
/// <param name="Type">"integer", "boolean" or "string".</param>
/// <param name="Description">What it does, its default and its range.</param>
/// <param name="Values">The accepted values of an enumeration, if it is one.</param>
internal sealed record QueryParameterDoc(string Name, string Type, string Description, IReadOnlyList<string>? Values = null)
{
    public static QueryParameterDoc Integer(string name, string description) => new(name, "integer", description);

    public static QueryParameterDoc Boolean(string name, string description) => new(name, "boolean", description);

    public static QueryParameterDoc Enum<T>(string name, string description) where T : struct, System.Enum =>
        new(name, "string", description, System.Enum.GetValues<T>().Select(EnumText.Of).ToList());

    public static QueryParameterDoc OneOf(string name, string description, params string[] values) => new(name, "string", description, values);
}
