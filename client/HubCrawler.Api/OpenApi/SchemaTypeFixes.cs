using System.Text.Json.Nodes;
using HubCrawler.Api.Queries;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HubCrawler.Api.OpenApi;

/// <summary>Schema types as clients should see them: the web JSON defaults also read numbers from strings, which .NET
/// documents as <c>["integer","string"]</c>, so generated clients typed counts as <c>number | string</c>; numbers are
/// documented as numbers only (reading from strings still works). Enums, written as camelCase strings, get <c>type: string</c>;
/// so does a <see cref="QueryEnum{TEnum}"/>, with its names.</summary>
internal static class SchemaTypeFixes
{
    private const JsonSchemaType Numeric = JsonSchemaType.Integer | JsonSchemaType.Number;

    public static Task Apply(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && (type & Numeric) != 0 && (type & JsonSchemaType.String) != 0)
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        var clrType = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (clrType.IsGenericType && clrType.GetGenericTypeDefinition() == typeof(QueryEnum<>))
        {
            // Bound from its name by TryParse: the query holds the name, not an object.
            schema.Type = JsonSchemaType.String;
            schema.Properties = null;
            schema.Required = null;
            schema.Enum = ((IEnumerable<string>)clrType.GetProperty(nameof(QueryEnum<DayOfWeek>.Names))!.GetValue(null)!).Select(n => (JsonNode)JsonValue.Create(n)).ToList();
            return Task.CompletedTask;
        }
        if (clrType.IsEnum && schema.Enum is { Count: > 0 } && schema.Type is null)
            schema.Type = JsonSchemaType.String;
        return Task.CompletedTask;
    }
}
