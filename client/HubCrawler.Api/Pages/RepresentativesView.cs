using HubCrawler.Abstractions;
using HubCrawler.Contracts;

namespace HubCrawler.Api.Pages;

/// <summary>Representative citing papers: each with its one-line summary and a link to its own hub page.</summary>
internal static class RepresentativesView
{
    public static Html Render(IReadOnlyList<RepresentativeCitation> representatives) => Html.Of($"""
        <section id="representatives" aria-labelledby="representatives-heading" data-count="{representatives.Count}">
        <h2 id="representatives-heading">Representative citing papers</h2>
        {(representatives.Count == 0
            ? Html.Of($"<p class=\"muted\">No citing papers yet.</p>")
            : Html.Of($"<ol class=\"papers\">{Html.Join(representatives.Select(Item))}</ol>"))}
        </section>
        """);

    private static Html Item(RepresentativeCitation citation) => Html.Of($"""
        <li data-representative{Markup.Attribute("data-paper-id", citation.CitingPaperId)} data-role="{EnumText.Of(citation.Role)}" data-influential="{citation.IsInfluential}"{Markup.Attribute("data-year", citation.Year)}>
        {PaperTitle(citation.CitingPaperId, citation.Title)}
        <div class="meta">{Html.Join(Facts(citation.Year, null, citation.CitationCount))}<span class="tag">{EnumText.Of(citation.Role)}</span>{Markup.When(citation.IsInfluential, Html.Of($" <span class=\"tag influential\">influential</span>"))}</div>
        {(citation.Summary is { Length: > 0 } summary ? Html.Of($"<p class=\"one-line\" data-summary>{summary}</p>") : Html.Empty)}
        </li>
        """);

    /// <summary>The title, linking to the paper's hub page when the source resolved it.</summary>
    public static Html PaperTitle(string? paperId, string? title)
    {
        var text = string.IsNullOrWhiteSpace(title) ? HubPageMarkup.Untitled : title;
        return paperId is null
            ? Html.Of($"<span class=\"title\" itemprop=\"name\">{text}</span>")
            : Html.Of($"<a class=\"title\" itemprop=\"name\" href=\"{PageLinks.Paper(paperId)}\">{text}</a>");
    }

    /// <summary>Year, venue and citation count, each followed by a separator.</summary>
    public static IEnumerable<Html> Facts(int? year, string? venue, int? citationCount)
    {
        if (year is { } y) yield return Html.Of($"<span>{y}</span> · ");
        if (!string.IsNullOrWhiteSpace(venue)) yield return Html.Of($"<span>{venue}</span> · ");
        if (citationCount is { } n) yield return Html.Of($"<span>{PageLinks.Number(n)} citations</span> ");
    }
}
