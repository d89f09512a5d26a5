using System.Globalization;
using HubCrawler.Api.Related;
using HubCrawler.Graph;

namespace HubCrawler.Api.Pages;

/// <summary>The crawl page's picture of its graph, as inline SVG drawn on the server: one circle per paper (area by citations
/// within the crawl, colour by year, old blue to new orange), one arrow per citation (citing → cited), each circle a link to
/// the paper's hub. Beyond <see cref="GraphPicture.DefaultMaxNodes"/> papers only the top-ranked are drawn, and the caption says so.</summary>
internal static class CrawlGraphSvg
{
    private const double Width = 960;
    private const double Height = 640;
    private const double Margin = 28;
    private const int Labelled = 8;
    private const string UnknownYear = "#9aa1ad";

    public static Html Render(CrawlGraphSnapshot snapshot)
    {
        var picture = GraphPicture.Build(snapshot.Graph, snapshot.Ranking);
        if (picture.Nodes.Count == 0) return Html.Empty;
        var years = picture.Nodes.Select(n => snapshot.Papers[n.Index].Year).OfType<int>().ToList();
        var (first, last) = years.Count == 0 ? (0, 0) : (years.Min(), years.Max());
        var maxCited = Math.Max(1, picture.Nodes.Max(n => n.CitedBy));
        var points = picture.Nodes.Select(n => (X: Margin + n.Position.X * (Width - 2 * Margin), Y: Margin + n.Position.Y * (Height - 2 * Margin))).ToArray();
        var radii = picture.Nodes.Select(n => 3 + 13 * Math.Sqrt((double)n.CitedBy / maxCited)).ToArray();

        var edges = picture.Edges.Select(e =>
        {
            var (from, to) = (points[e.Citing], points[e.Cited]);
            var length = Math.Max(1e-6, Math.Sqrt((to.X - from.X) * (to.X - from.X) + (to.Y - from.Y) * (to.Y - from.Y)));
            // The arrow stops at the cited paper's rim, so its head shows.
            var stop = Math.Min(length, radii[e.Cited] + 1.5);
            var end = (X: to.X - (to.X - from.X) / length * stop, Y: to.Y - (to.Y - from.Y) / length * stop);
            return Html.Of($"<line x1=\"{N(from.X)}\" y1=\"{N(from.Y)}\" x2=\"{N(end.X)}\" y2=\"{N(end.Y)}\"/>");
        });
        // Small papers first, so the important ones are drawn on top.
        var order = Enumerable.Range(0, picture.Nodes.Count).OrderBy(i => radii[i]).ThenByDescending(i => picture.Nodes[i].Rank);
        var nodes = order.Select(i =>
        {
            var node = picture.Nodes[i];
            var paper = snapshot.Papers[node.Index];
            var title = string.IsNullOrWhiteSpace(paper.Title) ? node.PaperId : paper.Title;
            var tooltip = $"{title}{(paper.Year is { } y ? $" ({y})" : "")} · rank {node.Rank} · cited {node.CitedBy} times in the crawl";
            return Html.Of($"""<a href="{PageLinks.Paper(node.PaperId)}" data-node="{node.PaperId}" data-rank="{node.Rank}" data-cited-by="{node.CitedBy}"{Markup.Attribute("data-year", paper.Year)}><circle cx="{N(points[i].X)}" cy="{N(points[i].Y)}" r="{N(radii[i])}" fill="{Colour(paper.Year, first, last)}"><title>{tooltip}</title></circle></a>""");
        });
        var labels = Enumerable.Range(0, Math.Min(Labelled, picture.Nodes.Count)).Select(i =>
        {
            var paper = snapshot.Papers[picture.Nodes[i].Index];
            var text = Short(string.IsNullOrWhiteSpace(paper.Title) ? picture.Nodes[i].PaperId : paper.Title);
            var anchor = points[i].X > Width / 2 ? "end" : "start";
            var dx = anchor == "end" ? -(radii[i] + 3) : radii[i] + 3;
            return Html.Of($"<text x=\"{N(points[i].X + dx)}\" y=\"{N(points[i].Y + 4)}\" text-anchor=\"{anchor}\">{text}</text>");
        });

        var caption = picture.Summarised
            ? $"The {PageLinks.Number(picture.Nodes.Count)} top-ranked of the crawl's {PageLinks.Number(picture.TotalPapers)} papers, with the {PageLinks.Number(picture.Edges.Count)} of its {PageLinks.Number(picture.TotalEdges)} citations between them (the picture stays readable only up to {GraphPicture.DefaultMaxNodes} papers; the ranking and the exports hold them all)."
            : $"All {PageLinks.Number(picture.TotalPapers)} papers of the crawl and the {PageLinks.Number(picture.TotalEdges)} citations between them.";
        return Html.Of($"""
            <section id="graph" aria-labelledby="graph-heading" data-nodes="{picture.Nodes.Count}" data-edges="{picture.Edges.Count}" data-summarised="{picture.Summarised}">
            <h2 id="graph-heading">The crawl's graph</h2>
            <p class="meta" data-graph-note>{caption} Circle size: citations within the crawl; colour: year{(years.Count > 0 ? $", {first} (blue) to {last} (orange)" : "")}; arrows go from the citing paper to the cited one. Each circle opens the paper's hub.</p>
            <div class="graph-picture" style="max-width:100%;overflow-x:auto;background:var(--panel);border:1px solid var(--line);border-radius:.35rem">
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {N(Width)} {N(Height)}" width="100%" role="group" aria-labelledby="graph-heading" data-crawl-graph style="min-width:36rem;display:block">
            <defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#8a93a3"/></marker></defs>
            <g class="edges" stroke="#8a93a3" stroke-opacity="0.45" stroke-width="0.8" marker-end="url(#arrow)">{Html.Join(edges)}</g>
            <g class="nodes" stroke="#ffffff" stroke-width="0.8">{Html.Join(nodes)}</g>
            <g class="labels" font-size="11" fill="currentColor" style="pointer-events:none;paint-order:stroke;stroke:var(--panel);stroke-width:3px;stroke-linejoin:round">{Html.Join(labels)}</g>
            {Legend(first, last, years.Count > 0)}
            </svg>
            </div>
            </section>
            """);
    }

    private static Html Legend(int first, int last, bool any)
    {
        if (!any) return Html.Empty;
        var stops = Enumerable.Range(0, 5).Select(i => Html.Of($"<stop offset=\"{i * 25}%\" stop-color=\"{Hue(i / 4.0)}\"/>"));
        return Html.Of($"""<g class="legend" font-size="11" fill="currentColor"><defs><linearGradient id="years">{Html.Join(stops)}</linearGradient></defs><rect x="{N(Width - 190)}" y="8" width="120" height="8" fill="url(#years)"/><text x="{N(Width - 196)}" y="16" text-anchor="end">{first}</text><text x="{N(Width - 64)}" y="16">{last}</text></g>""");
    }

    private static string Colour(int? year, int first, int last) =>
        year is not { } y ? UnknownYear : Hue(last == first ? 1 : (double)(y - first) / (last - first));

    /// <summary>Blue (old) through green to orange (new), light enough for dark and light pages.</summary>
    private static string Hue(double t) => $"hsl({N(220 - 190 * Math.Clamp(t, 0, 1))}, 70%, 52%)";

    private static string Short(string title) => title.Length <= 32 ? title : title[..31].TrimEnd() + "…";

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
