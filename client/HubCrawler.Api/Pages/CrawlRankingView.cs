using HubCrawler.Api.Related;
using HubCrawler.Graph;

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
            <div class="summaries">
            {Pairs("co-cited", "Most often cited together in the crawl", PairCounts.CoCited(snapshot.Graph, PairsShown), snapshot, coCitation: true)}
            {Pairs("coupled", "Sharing the most references in the crawl", PairCounts.Coupled(snapshot.Graph, PairsShown), snapshot, coCitation: false)}
            </div>
            </section>
            """);
    }

    private const int PairsShown = 5;

    private static Html Pairs(string kind, string heading, IReadOnlyList<PaperPair> pairs, CrawlGraphSnapshot snapshot, bool coCitation)
    {
        string? Title(string id) => snapshot.Graph.IndexOf(id) is { } i ? snapshot.Papers[i].Title : null;
        var items = pairs.Select(p => Html.Of($"""
            <li data-pair="{p.First} {p.Second}" data-count="{p.Count}">{RepresentativesView.PaperTitle(p.First, Title(p.First))} and {RepresentativesView.PaperTitle(p.Second, Title(p.Second))}
            <div class="meta" data-evidence>{RelatedPapersReader.Evidence(coCitation, p.Count)}</div></li>
            """));
        return Html.Of($"""
            <div data-pairs="{kind}">
            <h3>{heading}</h3>
            {(pairs.Count == 0 ? Html.Of($"<p class=\"muted\">None in this crawl.</p>") : Html.Of($"<ol class=\"papers\">{Html.Join(items)}</ol>"))}
            </div>
            """);
    }
}
