using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace HubCrawler.Api.Queries;

/// <summary>Says which query parameter could not be read and why ("limit must be a whole number, not 'ten'."): when
/// binding an <c>[AsParameters]</c> record fails, minimal APIs answer a bare 400 and still run the endpoint's filters
/// (with default arguments), so this filter puts the reason in the answer.</summary>
internal static class QueryBindingFailures
{
    private delegate string? Check(string name, string text);

    /// <summary>Answers a query that does not bind with <paramref name="answer"/> (a problem, or an error page) and the reason.</summary>
    public static TBuilder ExplainQueryBindingFailures<TBuilder>(this TBuilder builder, Func<EndpointFilterInvocationContext, string, IResult> answer)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var checks = ChecksOf(factory.MethodInfo);
            if (checks.Count == 0) return next;
            return context =>
            {
                if (context.HttpContext.Response.StatusCode != StatusCodes.Status400BadRequest) return next(context);
                var query = context.HttpContext.Request.Query;
                foreach (var (name, check) in checks)
                    if (query[name].ToString() is { Length: > 0 } text && check(name, text) is { } reason)
                        return ValueTask.FromResult<object?>(answer(context, reason));
                return next(context);
            };
        });

    private static List<(string Name, Check Check)> ChecksOf(MethodInfo method) =>
        method.GetParameters()
            .Where(p => p.GetCustomAttribute<AsParametersAttribute>() is not null)
            .SelectMany(p => p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Select(p => (Name: p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name, Check: CheckFor(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType)))
            .Where(c => c.Check is not null)
            .Select(c => (c.Name, c.Check!))
            .ToList();

    // The same parsing as the framework's binding of these types.
    private static Check? CheckFor(Type type) =>
        type == typeof(int) ? (name, text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? null : $"{name} must be a whole number, not '{Clip(text)}'."
        : type == typeof(bool) ? (name, text) => bool.TryParse(text, out _) ? null : $"{name} must be true or false, not '{Clip(text)}'."
        : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(QueryEnum<>)
            ? type.GetMethod(nameof(QueryEnum<DayOfWeek>.Problem), BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<Check>()
        : null;

    /// <summary>The text as a message quotes it: at most 40 characters.</summary>
    public static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
