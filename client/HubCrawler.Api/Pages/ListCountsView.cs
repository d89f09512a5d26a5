using HubCrawler.Abstractions;

namespace HubCrawler.Api.Pages;

/// <summary>How each source's lists add up: reported = listed + duplicates + unresolved + not listed, and why a list ended early.</summary>
internal static class ListCountsView
{
    public static Html Render(IReadOnlyList<EdgeListCount> counts) => counts.Count == 0
        ? Html.Empty
        : Html.Of($"""
            <section id="counts" aria-labelledby="counts-heading">
            <h2 id="counts-heading">How the lists add up</h2>
            <div class="scroll">
            <table class="counts">
            <thead><tr><th scope="col">Source</th><th scope="col">List</th><th scope="col">Reported</th><th scope="col">Listed</th><th scope="col">Duplicates</th><th scope="col">Unresolved</th><th scope="col">Not listed</th><th scope="col">Why it ended early</th></tr></thead>
            <tbody>
            {Html.Join(counts.Select(Row))}
            </tbody>
            </table>
            </div>
            </section>
            """);

    private static Html Row(EdgeListCount c) => Html.Of($"""
        <tr data-source="{c.Source}" data-direction="{EnumText.Of(c.Direction)}" data-reported="{c.Reported}" data-listed="{c.Listed}" data-duplicates="{c.Duplicates}" data-unresolved="{c.Unresolved}" data-not-listed="{c.NotListed}">
        <td>{c.Source}</td><td>{EnumText.Of(c.Direction)}</td><td>{(c.Reported is { } r ? PageLinks.Number(r) : "not reported")}</td><td>{PageLinks.Number(c.Listed)}</td><td>{PageLinks.Number(c.Duplicates)}</td><td>{PageLinks.Number(c.Unresolved)}</td><td>{(c.NotListed is { } n ? PageLinks.Number(n) : "–")}</td><td>{c.StoppedEarly ?? ""}</td>
        </tr>
        """);
}
