namespace HubCrawler.Api.Pages;

/// <summary>Attributes whose names come from code (the <see cref="Contracts.HubPageMarkup"/> constants), for Razor's
/// <c>@attributes</c>: in the order given, a null value leaves its attribute out.</summary>
internal static class Attributes
{
    public static IReadOnlyList<KeyValuePair<string, object>> Of(params (string Name, object? Value)[] attributes) =>
        attributes.Where(a => a.Value is not null).Select(a => new KeyValuePair<string, object>(a.Name, a.Value!)).ToList();
}
