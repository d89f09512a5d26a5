using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HubCrawler.Api.Pages;

/// <summary>Renders the pages' Razor components to HTML with <see cref="HtmlRenderer"/>: every value a component writes
/// is HTML-encoded (Razor's default; no page writes data as <see cref="MarkupString"/>), with all of Unicode passing
/// through as characters so titles stay readable in the source.</summary>
internal static class PageRenderer
{
    /// <summary>What the renderer needs: the encoder. The pages inject nothing else.</summary>
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    /// <summary>The component's HTML. A renderer per call, so nothing rendered stays attached to it.</summary>
    public static async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }

    /// <summary>The component's HTML, for callers that cannot wait (the pages' components never do: they render at once).</summary>
    public static string Render<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent =>
        RenderAsync<TComponent>(parameters).GetAwaiter().GetResult();

    /// <summary>A page as an endpoint result: the component's HTML as <c>text/html; charset=utf-8</c> with the status code,
    /// rendered when the result is executed.</summary>
    public static IResult Page<TComponent>(IDictionary<string, object?> parameters, int statusCode = StatusCodes.Status200OK)
        where TComponent : IComponent => new PageResult<TComponent>(parameters, statusCode);

    private sealed class PageResult<TComponent>(IDictionary<string, object?> parameters, int statusCode) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
        where TComponent : IComponent
    {
        private const string Html = "text/html; charset=utf-8";

        public int? StatusCode => statusCode;

        public string ContentType => Html;

        public async Task ExecuteAsync(HttpContext httpContext) =>
            await Results.Content(await RenderAsync<TComponent>(parameters), Html, Encoding.UTF8, statusCode).ExecuteAsync(httpContext);
    }
}
