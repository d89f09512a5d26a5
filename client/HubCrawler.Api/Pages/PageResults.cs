using System.Text;
using Microsoft.AspNetCore.Http;

namespace HubCrawler.Api.Pages;

/// <summary>HTML pages as endpoint results.</summary>
internal static class PageResults
{
    public static IResult Page(Html page, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(page.ToString(), "text/html; charset=utf-8", Encoding.UTF8, statusCode);
}
