using System.Globalization;
using HubCrawler.Abstractions;

namespace HubCrawler.Api.Pages;

/// <summary>The citing-papers explorer (or, for a page of <see cref="EdgeDirection.References"/>, the references explorer):
/// a plain GET form of filters (role, polarity, year range, sort) and a page of papers with previous/next links that keep
/// the filters.</summary>
internal static class CitationExplorerView
{
    public const int DefaultLimit = 25;

    public static Html Render(string paperId, CitationPage page, CitationQuery query)
    {
        var first = page.Total == 0 ? 0 : page.Offset + 1;
        var last = page.Offset + page.Items.Count;
        var references = page.Direction == EdgeDirection.References;
        var (heading, noun) = references ? ("References", "cited papers") : ("Citing papers", "citing papers");
        return Html.Of($"""
            <section id="explorer" aria-labelledby="explorer-heading" data-direction="{EnumText.Of(page.Direction)}" data-total="{page.Total}" data-offset="{page.Offset}" data-limit="{page.Limit}">
            <h2 id="explorer-heading">{heading}</h2>
            {Markup.When(references, Html.Of($"<p class=\"meta\"><a href=\"{PageLinks.Paper(paperId)}#explorer\">Show the citing papers instead</a></p>"))}
            {Filters(paperId, query, references)}
            <p class="meta" data-range>{(page.Total == 0
                ? Html.Text(query.IsPlain ? $"No {noun}." : $"No {noun} match these filters.")
                : Html.Of($"Showing {PageLinks.Number(first)}–{PageLinks.Number(last)} of {PageLinks.Number(page.Total)} {noun}"))}</p>
            <ol class="papers" start="{first}">
            {Html.Join(page.Items.Select(Item))}
            </ol>
            {Pager(paperId, page, query, references)}
            </section>
            """);
    }

    private static Html Filters(string paperId, CitationQuery query, bool references) => Html.Of($"""
        <form class="filters" method="get" action="{PageLinks.Paper(paperId)}#explorer" aria-label="{(references ? "Filter references" : "Filter citing papers")}">
        {Markup.When(references, Html.Of($"<input type=\"hidden\" name=\"list\" value=\"references\">"))}
        <label>Role {Select("role", query.Role is { } role ? EnumText.Of(role) : "", Options<CitationRole>("any role"))}</label>
        <label>Polarity {Select("polarity", query.Polarity is { } polarity ? EnumText.Of(polarity) : "", Options<CitationPolarity>("any polarity"))}</label>
        <label>From year <input type="number" name="yearFrom" min="0" max="9999" inputmode="numeric" value="{query.YearFrom}"></label>
        <label>To year <input type="number" name="yearTo" min="0" max="9999" inputmode="numeric" value="{query.YearTo}"></label>
        <label>Sort {Select("sort", query.Sort == CitationSort.Source ? "" : EnumText.Of(query.Sort),
            [("", "source order"), ("influence", "influential first"), ("citations", "most cited first"), ("year", "newest first")])}</label>
        {Markup.When(query.Limit != DefaultLimit, Html.Of($"<input type=\"hidden\" name=\"limit\" value=\"{query.Limit}\">"))}
        <button type="submit">Apply</button>
        <a href="{PageLinks.Paper(paperId)}#explorer">Reset</a>
        </form>
        """);

    private static (string Value, string Label)[] Options<T>(string any) where T : struct, Enum =>
        [("", any), .. Enum.GetValues<T>().Select(v => (EnumText.Of(v), EnumText.Of(v)))];

    private static Html Select(string name, string selected, IEnumerable<(string Value, string Label)> options) => Html.Of($"""
        <select name="{name}">{Html.Join(options.Select(o => Html.Of($"<option value=\"{o.Value}\"{Markup.When(o.Value == selected, Html.Of($" selected"))}>{o.Label}</option>")))}</select>
        """);

    private static Html Item(CitationEdge citation) => Html.Of($"""
        <li data-citing{Markup.Attribute("data-paper-id", citation.CitingPaperId)} data-role="{EnumText.Of(citation.Role)}" data-polarity="{EnumText.Of(citation.Polarity)}"{Markup.Attribute("data-year", citation.Year)} data-influential="{citation.IsInfluential}"{Markup.Attribute("data-citation-count", citation.CitationCount)}>
        {RepresentativesView.PaperTitle(citation.CitingPaperId, citation.Title)}
        <div class="meta">{Html.Join(RepresentativesView.Facts(citation.Year, citation.Venue, citation.CitationCount))}<span class="tag">{EnumText.Of(citation.Role)}</span>{Markup.When(citation.Polarity != CitationPolarity.Unclassified, Html.Of($" <span class=\"tag\">{EnumText.Of(citation.Polarity)}</span>"))}{Markup.When(citation.IsInfluential, Html.Of($" <span class=\"tag influential\">influential</span>"))}{Markup.When(citation.CitingPaperId is null, Html.Of($" <span class=\"tag\">not resolved by the source</span>"))}</div>
        {(citation.Summary is { Length: > 0 } summary ? Html.Of($"<p class=\"one-line\" data-summary>{summary}</p>") : Html.Empty)}
        {(citation.Contexts.Count == 0 ? Html.Empty : Html.Of($"<details><summary>How it cites ({citation.Contexts.Count})</summary>{Html.Join(citation.Contexts.Select(c => Html.Of($"<blockquote data-context>{c}</blockquote>")))}</details>"))}
        </li>
        """);

    private static Html Pager(string paperId, CitationPage page, CitationQuery query, bool references)
    {
        var previous = page.Offset > 0
            ? Html.Of($"<a rel=\"prev\" href=\"{PageLinks.Paper(paperId, QueryOf(query, Math.Max(0, page.Offset - query.Limit), references))}\">← Previous</a>")
            : Html.Of($"<span></span>");
        var next = page.NextOffset is { } offset
            ? Html.Of($"<a rel=\"next\" href=\"{PageLinks.Paper(paperId, QueryOf(query, offset, references))}\">Next →</a>")
            : Html.Empty;
        return Html.Of($"<nav class=\"pager\" aria-label=\"{(references ? "Pages of references" : "Pages of citing papers")}\">{previous}{next}</nav>");
    }

    private static IEnumerable<KeyValuePair<string, string?>> QueryOf(CitationQuery query, int offset, bool references) =>
    [
        new("list", references ? "references" : null),
        new("role", query.Role is { } role ? EnumText.Of(role) : null),
        new("polarity", query.Polarity is { } polarity ? EnumText.Of(polarity) : null),
        new("yearFrom", query.YearFrom?.ToString(CultureInfo.InvariantCulture)),
        new("yearTo", query.YearTo?.ToString(CultureInfo.InvariantCulture)),
        new("sort", query.Sort == CitationSort.Source ? null : EnumText.Of(query.Sort)),
        new("limit", query.Limit == DefaultLimit ? null : query.Limit.ToString(CultureInfo.InvariantCulture)),
        new("offset", offset == 0 ? null : offset.ToString(CultureInfo.InvariantCulture)),
    ];
}
