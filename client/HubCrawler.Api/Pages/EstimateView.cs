using System.Globalization;
using HubCrawler.Abstractions;

namespace HubCrawler.Api.Pages;

/// <summary>
/// A summary's corrected shares: which part of the figure the source gave and which the context classifier gave,
/// each label's share corrected for the classifier's measured errors with its 95% interval ("Contrasting 3% ± 2%"),
/// and, one click away, the classifier's held-out figures (per-label precision/recall/F1, macro-F1, confusion).
/// Machine-readable: data-estimate, data-from-source, data-from-model on the block; data-estimate-label,
/// data-share, data-margin, data-raw-share on each item.
/// </summary>
internal static class EstimateView
{
    public static Html Render(EstimatedShares? estimate, string noun)
    {
        if (estimate is null) return Html.Empty;
        var total = estimate.FromSource + estimate.FromModel;
        var origin = estimate.FromModel == 0
            ? Html.Of($"All {PageLinks.Number(total)} {noun} come from the source, counted as given.")
            : estimate.FromSource == 0
                ? Html.Of($"All {PageLinks.Number(total)} {noun} come from the context classifier, a model: shares corrected for its measured errors, with 95% intervals.")
                : Html.Of($"{PageLinks.Number(estimate.FromSource)} of {PageLinks.Number(total)} {noun} come from the source (counted as given), {PageLinks.Number(estimate.FromModel)} from the context classifier, a model (corrected for its measured errors; 95% intervals).");
        return Html.Of($"""
            <div class="estimate" data-estimate="{estimate.Task}" data-from-source="{estimate.FromSource}" data-from-model="{estimate.FromModel}">
            <p class="meta" data-origin>{origin}</p>
            <ul class="estimates">
            {Html.Join(estimate.Shares.Select(Item))}
            </ul>
            {Figures(estimate)}
            </div>
            """);
    }

    private static Html Item(EstimatedShare share, int index) => Html.Of($"""
        <li data-estimate-label="{share.Label}" data-share="{Markup.Share(share.Share)}" data-margin="{Markup.Share(share.Margin)}" data-raw-share="{Markup.Share(share.RawShare)}" data-source-count="{share.SourceCount}" data-model-count="{share.ModelCount}"><span class="label">{share.Label}</span> <strong>{Markup.Percent(share.Share)}{(share.Margin > 0 ? $" ± {Margin(share.Margin)}" : "")}</strong> <span class="meta">({(share.ModelCount > 0 ? $"{PageLinks.Number(share.ModelCount)} by the model" : "none by the model")}{(share.SourceCount > 0 ? $", {PageLinks.Number(share.SourceCount)} by the source" : "")}; uncorrected {Markup.Percent(share.RawShare)})</span></li>
        """);

    private static Html Figures(EstimatedShares estimate)
    {
        if (estimate.Model is not { } model || estimate.FromModel == 0) return Html.Empty;
        var labels = model.Labels;
        return Html.Of($"""
            <details class="model-figures" data-model-figures="{estimate.Task}">
            <summary>The {estimate.Task} classifier's measured figures</summary>
            <p class="meta">Held-out test: {model.TestSet}; {PageLinks.Number(model.Examples)} contexts; macro-F1 <strong data-macro-f1="{Markup.Share(model.MacroF1)}">{Pct(model.MacroF1)}</strong>. {estimate.Method}. The correction assumes the classifier errs on these citations as it did on the test; on other fields' writing it errs more (MODEL.md in the repository).</p>
            <table class="figures"><thead><tr><th>label</th><th>support</th><th>precision</th><th>recall</th><th>F1</th></tr></thead><tbody>
            {Html.Join(model.PerLabel.Select((l, _) => Html.Of($"<tr data-label=\"{l.Label}\"><td>{l.Label}</td><td>{l.Support}</td><td>{Pct(l.Precision)}</td><td>{Pct(l.Recall)}</td><td>{Pct(l.F1)}</td></tr>")))}
            </tbody></table>
            <table class="confusion"><caption>Confusion (rows: true label, columns: predicted)</caption><thead><tr><th></th>{Html.Join(labels.Select((l, _) => Html.Of($"<th>{l}</th>")))}</tr></thead><tbody>
            {Html.Join(model.Confusion.Select((row, i) => Html.Of($"<tr><th>{labels[i]}</th>{Html.Join(row.Select((count, _) => Html.Of($"<td>{count}</td>")))}</tr>")))}
            </tbody></table>
            </details>
            """);
    }

    private static string Margin(double margin) => margin < 0.005 ? "<1%" : Markup.Percent(margin);

    private static string Pct(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture);
}
