namespace HubCrawler.Api.Pages;

/// <summary>The frame every page shares: head, site header with the search box, footer.</summary>
internal static class Layout
{
    public static Html Page(string title, Html main, string? canonical = null, string? searchValue = null, string? script = null) => Html.Of($"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title} · HubCrawler</title>
        <link rel="icon" href="data:,">
        {(canonical is null ? Html.Empty : Html.Of($"<link rel=\"canonical\" href=\"{canonical}\">"))}
        <link rel="alternate" type="application/json" href="{PageLinks.OpenApiDocument}" title="OpenAPI document">
        <link rel="stylesheet" href="{PageAssets.Stylesheet}">
        </head>
        <body>
        <header class="site"><div class="wrap">
        <a class="brand" href="{PageLinks.Home}">HubCrawler</a>
        <nav aria-label="Site"><a href="{PageLinks.Crawls}">Crawls</a><a href="{PageLinks.ApiReference}">API</a></nav>
        {SearchForm(searchValue)}
        </div></header>
        <main class="wrap">
        {main}
        </main>
        <footer class="site"><div class="wrap">
        HubCrawler · <a href="{PageLinks.ApiReference}">API reference</a> · <a href="{PageLinks.OpenApiDocument}">OpenAPI document</a>
        </div></footer>
        {(script is null ? Html.Empty : Html.Of($"<script src=\"{script}\"></script>"))}
        </body>
        </html>
        """);

    /// <param name="label">The form's accessible name: a page with a second search box names each, so the two
    /// <c>search</c> landmarks can be told apart.</param>
    public static Html SearchForm(string? value, string id = "search-box", string label = "Site search") => Html.Of($"""
        <form class="search" role="search" aria-label="{label}" method="get" action="{PageLinks.Search}">
        <input id="{id}" type="search" name="q" value="{value}" required maxlength="300" placeholder="A title, some words, arXiv:2507.21802, DOI:10.… or another paper id" aria-label="Title, words or paper id">
        <button type="submit">Find</button>
        </form>
        """);
}
