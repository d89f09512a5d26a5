using HubCrawler.Contracts;

namespace HubCrawler.Api.Pages;

/// <summary>The hub page's related papers: co-citation and coupling side by side, each paper with its evidence
/// ("cited together 14 times") and each list with what was read for it.</summary>
internal static class RelatedPapersView
{
    public static Html Render(RelatedPapersResponse? related) => related is null
        ? Html.Empty
        : Html.Of($"""
            <section id="related" aria-labelledby="related-heading">
            <h2 id="related-heading">Related papers</h2>
            <p class="meta">From the hubs HubCrawler holds, without asking a source · <a href="{PageLinks.PaperJson(related.PaperId)}/related">as JSON</a></p>
            <div class="summaries">
            {List("co-citation", "Cited together with it", related.CoCitation)}
            {List("coupling", "Sharing its references", related.Coupling)}
            </div>
            </section>
            """);

    private static Html List(string kind, string heading, RelatedList list) => Html.Of($"""
        <div data-related="{kind}" data-status="{list.Status}" data-total="{list.Total}" data-lists-not-read="{list.ListsNotRead}">
        <h3>{heading}</h3>
        <p class="meta" data-note>{list.Note}</p>
        {(list.Items.Count == 0
            ? Html.Of($"<p class=\"muted\">{(list.Status == "unknown" ? "Unknown until its lists are read." : "None found in the hubs held.")}</p>")
            : Html.Of($"<ol class=\"papers\">{Html.Join(list.Items.Select(Item))}</ol>"))}
        </div>
        """);

    private static Html Item(RelatedPaper paper) => Html.Of($"""
        <li data-related-paper="{paper.PaperId}" data-count="{paper.Count}">
        {RepresentativesView.PaperTitle(paper.PaperId, paper.Title)}
        <div class="meta">{(paper.Year is { } year ? Html.Of($"<span>{year}</span> · ") : Html.Empty)}<span data-evidence>{paper.Evidence}</span>{Markup.When(!paper.Held, Html.Of($" <span class=\"tag\">not fetched</span>"))}</div>
        </li>
        """);
}
