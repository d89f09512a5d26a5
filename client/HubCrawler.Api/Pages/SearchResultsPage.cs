using HubCrawler.Abstractions;

namespace HubCrawler.Api.Pages;

/// <summary>The papers a search found, each linking to its hub (which is built when opened), and any source that failed.</summary>
internal static class SearchResultsPage
{
    public static Html Render(SearchAnswer answer) => Layout.Page("Search: " + answer.Query, Html.Of($"""
        <h1>Papers for “{answer.Query}”</h1>
        {Markup.When(answer.FailedSources.Count > 0, Html.Of($"<p class=\"problem\" data-failed-sources=\"{string.Join(' ', answer.FailedSources.Keys)}\">Not searched: {string.Join("; ", answer.FailedSources.Select(f => $"{f.Key} ({f.Value})"))}</p>"))}
        {(answer.Results.Count == 0
            ? Html.Of($"<p class=\"muted\" id=\"search-results\" data-count=\"0\">No paper found. Try fewer words, or a paper id.</p>")
            : Html.Of($"""
                <ol class="results" id="search-results" data-count="{answer.Results.Count}">
                {Html.Join(answer.Results.Select(Item))}
                </ol>
                """))}
        <p class="muted">Searched {string.Join(", ", answer.Sources)}. Opening a paper builds its hub.</p>
        """), searchValue: answer.Query);

    private static Html Item(SearchHit hit) => Html.Of($"""
        <li data-hub-id="{hit.HubId}">
        <a class="title" href="{PageLinks.Paper(hit.HubId)}">{hit.Title ?? hit.HubId}</a>
        <div class="muted">{(hit.Year is { } year ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "year unknown")}{(hit.Authors.Count > 0 ? " · " + Authors(hit.Authors) : "")}{(hit.Venue is { } venue ? " · " + venue : "")}</div>
        <div class="muted"><code>{hit.HubId}</code>{Html.Join(hit.Ids.Where(i => i.Key is "DOI" or "ArXiv" && !hit.HubId.EndsWith(i.Value, StringComparison.OrdinalIgnoreCase)).Select(i => Html.Of($" · {i.Key} <code>{i.Value}</code>")))}</div>
        </li>
        """);

    private static string Authors(IReadOnlyList<string> authors) =>
        authors.Count <= 3 ? string.Join(", ", authors) : string.Join(", ", authors.Take(3)) + " et al.";
}
