using HubCrawler.Api.Related;

namespace HubCrawler.Api.Pages;

/// <summary>The crawl page's most important papers: rank, PageRank score and citations within the crawl.</summary>
internal static class CrawlRankingView
{
    public const int Shown = 25;

    public static Html Render(CrawlGraphSnapshot snapshot)
    {
        var rows = snapshot.Ranking.Take(Shown).Select(r =>
        {
            var paper = snapshot.Papers[r.Index];
            return Html.Of($"""
                <tr data-ranked="{r.PaperId}" data-rank="{r.Rank}" data-cited-by="{r.CitedBy}">
                <td class="value">{r.Rank}</td>
                <td>{RepresentativesView.PaperTitle(r.PaperId, paper.Title)}{(paper.Year is { } year ? Html.Of($" <span class=\"meta\">{year}</span>") : Html.Empty)}</td>
                <td class="value">{r.Score:0.0000}</td>
                <td class="value">{r.CitedBy}</td>
                <td class="value">{r.Cites}</td>
                </tr>
                """);
        });
        return Html.Of($"""
            <section id="ranking" aria-labelledby="ranking-heading" data-papers="{snapshot.Graph.Papers.Count}" data-edges="{snapshot.Graph.EdgeCount}">
            <h2 id="ranking-heading">Most important papers in this crawl</h2>
            <p class="meta">PageRank over the {PageLinks.Number(snapshot.Graph.EdgeCount)} citations between its {PageLinks.Number(snapshot.Graph.Papers.Count)} papers; no source was asked · <a href="{PageLinks.CrawlJson(snapshot.JobId)}/ranking">the full ranking as JSON</a></p>
            <div class="scroll"><table>
            <thead><tr><th scope="col">#</th><th scope="col">Paper</th><th scope="col">Score</th><th scope="col">Cited in crawl</th><th scope="col">Cites in crawl</th></tr></thead>
            <tbody>{Html.Join(rows)}</tbody>
            </table></div>
            </section>
            """);
    }
}
