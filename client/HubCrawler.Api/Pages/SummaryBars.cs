using HubCrawler.Abstractions;

namespace HubCrawler.Api.Pages;

/// <summary>The role and polarity summaries of a hub, drawn as bars with counts and shares. Each bar
/// carries data-role/data-polarity, data-count and data-share (0–1) for machines.</summary>
internal static class SummaryBars
{
    public static Html Roles(HubSummary summary)
    {
        var bars = summary.Roles.Select(r => Bar("data-role", EnumText.Of(r.Role), Markup.Title(r.Role), r.Count, r.Share,
            r.Role == CitationRole.Unclassified ? "of all citations" : "of classified citations"));
        var intents = summary.IntentCounts.Count == 0
            ? Html.Empty
            : Html.Of($"""<p class="meta" data-intent-counts>Intents as the source gives them (a citation can have several): {Html.Join(summary.IntentCounts.OrderByDescending(i => i.Value).Select(Intent))}</p>""");
        return Html.Of($"""
            <section id="roles" class="summary" data-summary="roles" data-total="{summary.TotalCitations}" data-classified="{summary.ClassifiedCitations}" aria-labelledby="roles-heading">
            <h2 id="roles-heading">Citation roles</h2>
            <ul class="bars">
            {Html.Join(bars)}
            </ul>
            <p class="meta">Shares of the {PageLinks.Number(summary.ClassifiedCitations)} classified citations, each counted once under its most specific role; unclassified is a share of all {PageLinks.Number(summary.TotalCitations)}.</p>
            {intents}
            {EstimateView.Render(summary.RoleEstimate, "role labels")}
            </section>
            """);
    }

    public static Html Polarity(HubSummary summary)
    {
        var bars = summary.Polarity.Select(p => Bar("data-polarity", EnumText.Of(p.Polarity), Markup.Title(p.Polarity), p.Count, p.Share, "of all citations"));
        var note = summary.Polarity.All(p => p.Polarity == CitationPolarity.Unclassified || p.Count == 0)
            ? Html.Of($"""<p class="meta">No citation has a polarity yet: the sources gave none, and the polarity classifier judges only citations with context sentences, above its confidence threshold.</p>""")
            : Html.Of($"""<p class="meta">Shares of all {PageLinks.Number(summary.TotalCitations)} citations, as labelled (below the classifier's confidence threshold a citation stays unclassified).</p>""");
        return Html.Of($"""
            <section id="polarity" class="summary" data-summary="polarity" data-total="{summary.TotalCitations}" aria-labelledby="polarity-heading">
            <h2 id="polarity-heading">Citation polarity</h2>
            <ul class="bars">
            {Html.Join(bars)}
            </ul>
            {note}
            {EstimateView.Render(summary.PolarityEstimate, "polarity labels")}
            </section>
            """);
    }

    private static Html Intent(KeyValuePair<string, int> intent, int index) =>
        Html.Of($"""{(index == 0 ? "" : " · ")}<span data-intent="{intent.Key}" data-count="{intent.Value}">{intent.Key} {intent.Value}</span>""");

    private static Html Bar(string attribute, string key, string label, int count, double share, string of) => Html.Of($"""
        <li {Html.Text(attribute)}="{key}" data-count="{count}" data-share="{Markup.Share(share)}">
        <span class="label">{label}</span>
        <span class="bar" role="img" aria-label="{label}: {Markup.Percent(share)} {of}"><span style="width:{Math.Clamp(share * 100, 0, 100):0.##}%"></span></span>
        <span class="value"><data value="{count}">{PageLinks.Number(count)}</data> · {Markup.Percent(share)}</span>
        </li>
        """);
}
