using HubCrawler.Abstractions;
using HubCrawler.Contracts;

namespace HubCrawler.Api.Pages;

/// <summary>The hub page of one paper: what it is, how it is cited (behaviour, role and polarity
/// bars, representative citing papers), the citing-papers explorer, and the hub's freshness.
/// Markup for machines: the article carries data-paper-id and schema.org microdata; sections have
/// stable ids (roles, polarity, representatives, explorer, freshness).</summary>
internal static class HubPage
{
    /// <param name="years">The whole citation list counted by year (the year chart); null leaves the chart out.</param>
    /// <param name="related">Co-cited and coupled papers from the stored hubs; null leaves the section out.</param>
    public static Html Render(PaperHub hub, CitationPage citations, CitationQuery query, DateTimeOffset now, CitationYears? years = null,
        RelatedPapersResponse? related = null)
    {
        var metadata = hub.Metadata;
        var title = string.IsNullOrWhiteSpace(metadata.Title) ? HubPageMarkup.Untitled : metadata.Title;
        var main = Html.Of($"""
            <article class="hub" data-paper-id="{hub.PaperId}" itemscope itemtype="https://schema.org/ScholarlyArticle">
            <h1 itemprop="name">{title}</h1>
            {Authors(metadata.Authors)}
            <p class="meta">{Html.Join(Facts(metadata))}</p>
            {Identifiers(metadata)}
            <p class="actions"><a href="{PageLinks.Crawls}?seed={hub.PaperId}" data-action="crawl">Crawl its citing papers</a><a href="{PageLinks.PaperJson(hub.PaperId)}" data-action="json">This hub as JSON</a></p>
            <section class="behaviour" data-section="behaviour" data-behaviour-label="{hub.Summary.BehaviourLabel}" aria-label="Citation behaviour">
            <strong data-label>{hub.Summary.BehaviourLabel}</strong>
            <span data-headline>{hub.Summary.Headline}</span>
            </section>
            {(metadata.Tldr is { Length: > 0 } tldr ? Html.Of($"<section id=\"tldr\" class=\"tldr\" aria-label=\"TL;DR\"><strong>TL;DR</strong> <span data-tldr>{tldr}</span></section>") : Html.Empty)}
            <section id="abstract" aria-labelledby="abstract-heading">
            <h2 id="abstract-heading">Abstract</h2>
            {(metadata.Abstract is { Length: > 0 } text ? Html.Of($"<p class=\"abstract\" itemprop=\"abstract\">{text}</p>") : Html.Of($"<p class=\"muted\">The source has no abstract for this paper.</p>"))}
            </section>
            <div class="summaries">
            {SummaryBars.Roles(hub.Summary)}
            {SummaryBars.Polarity(hub.Summary)}
            </div>
            {YearChartView.Render(years)}
            {RepresentativesView.Render(hub.Summary.Representatives)}
            {References(hub)}
            {RelatedPapersView.Render(related)}
            {CitationExplorerView.Render(hub.PaperId, citations, query)}
            {ListCountsView.Render(hub.ListCounts)}
            {Freshness(hub, now)}
            </article>
            """);
        return LegacyPage.Of(title, main, canonical: PageLinks.Paper(hub.PaperId));
    }

    /// <summary>How the paper uses the papers it cites, once its references were read; else a link that reads them.</summary>
    private static Html References(PaperHub hub)
    {
        var explore = $"{PageLinks.Paper(hub.PaperId)}?list=references#explorer";
        return hub.References is { } summary
            ? Html.Of($"""
                <section id="references" aria-labelledby="references-heading" data-references="{hub.ReferencesStored}">
                <h2 id="references-heading">How it uses its references</h2>
                <p class="meta"><span data-references-headline>{summary.Headline}</span> · <a href="{explore}">explore its {PageLinks.Number(hub.ReferencesStored)} references</a> · <a href="{PageLinks.PaperJson(hub.PaperId)}/references">as JSON</a></p>
                </section>
                """)
            : Html.Of($"""
                <section id="references" aria-labelledby="references-heading" data-references="unread">
                <h2 id="references-heading">References</h2>
                <p class="meta">Not read yet (they cost requests to the source, so they are read when asked for): <a href="{explore}" data-action="read-references">read its references</a>.</p>
                </section>
                """);
    }

    private static Html Authors(IReadOnlyList<string> authors) => authors.Count == 0
        ? Html.Empty
        : Html.Of($"<p class=\"authors\">{Html.Join(authors.Select((a, i) => Html.Of($"{(i == 0 ? "" : ", ")}<span itemprop=\"author\">{a}</span>")))}</p>");

    private static IEnumerable<Html> Facts(PaperMetadata metadata)
    {
        var facts = new List<Html>();
        if (!string.IsNullOrWhiteSpace(metadata.Venue)) facts.Add(Html.Of($"<span itemprop=\"isPartOf\" data-venue>{metadata.Venue}</span>"));
        if (metadata.Year is { } year)
            facts.Add(Html.Of($"<time itemprop=\"datePublished\" datetime=\"{metadata.PublicationDate ?? year.ToString(System.Globalization.CultureInfo.InvariantCulture)}\" data-year=\"{year}\">{year}</time>"));
        facts.Add(Html.Of($"<span data-citation-count=\"{metadata.CitationCount}\">{PageLinks.Number(metadata.CitationCount)} citations</span>"));
        if (metadata.InfluentialCitationCount > 0) facts.Add(Html.Of($"<span>{PageLinks.Number(metadata.InfluentialCitationCount)} influential</span>"));
        facts.Add(Html.Of($"<span>{PageLinks.Number(metadata.ReferenceCount)} references</span>"));
        return facts.Select((f, i) => i == 0 ? f : Html.Of($" · {f}"));
    }

    private static Html Identifiers(PaperMetadata metadata)
    {
        var items = new List<Html> { Html.Of($"<li>Semantic Scholar <a href=\"{PageLinks.Paper(metadata.PaperId)}\" data-id-scheme=\"{HubPageMarkup.SemanticScholarScheme}\">{metadata.PaperId}</a></li>") };
        foreach (var (scheme, value) in metadata.ExternalIds.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var prefix = scheme.ToLowerInvariant() switch
            {
                "arxiv" => "arXiv:",
                "doi" => "DOI:",
                "corpusid" => "CorpusId:",
                "pubmed" => "PMID:",
                "openalex" => "OpenAlex:",
                _ => null,
            };
            items.Add(prefix is null
                ? Html.Of($"<li>{scheme} <span data-id-scheme=\"{scheme}\">{value}</span></li>")
                : Html.Of($"<li>{scheme} <a href=\"{PageLinks.Paper(prefix + value)}\" data-id-scheme=\"{scheme}\">{value}</a></li>"));
        }
        var external = Markup.ExternalLink(metadata.Url, "at the source");
        if (!external.IsEmpty) items.Add(Html.Of($"<li>{external}</li>"));
        return Html.Of($"<ul class=\"ids\" aria-label=\"Identifiers\">{Html.Join(items)}</ul>");
    }

    private static Html Freshness(PaperHub hub, DateTimeOffset now)
    {
        var age = now - hub.FetchedAt;
        var ageText = age < TimeSpan.FromMinutes(1) ? "just now"
            : age < TimeSpan.FromHours(1) ? $"{(int)age.TotalMinutes} min ago"
            : age < TimeSpan.FromDays(2) ? $"{(int)age.TotalHours} h ago"
            : $"{(int)age.TotalDays} days ago";
        return Html.Of($"""
            <section id="freshness" aria-labelledby="freshness-heading" data-fetched-at="{hub.FetchedAt.UtcDateTime:O}">
            <h2 id="freshness-heading">Freshness and sources</h2>
            <dl class="facts">
            <dt>Fetched</dt><dd>{Markup.Time(hub.FetchedAt)} ({ageText})</dd>
            <dt>Last error</dt><dd data-last-error>{hub.LastError ?? "none"}</dd>
            <dt>Sources</dt><dd data-sources>{string.Join(", ", hub.Sources)}</dd>
            {Markup.When(hub.SourceErrors.Count > 0, Html.Of($"<dt>Sources that failed</dt><dd data-source-errors>{string.Join("; ", hub.SourceErrors.Select(e => $"{e.Key}: {e.Value}"))}</dd>"))}
            {Markup.When(hub.CitationListNote is not null, Html.Of($"<dt>Citation list</dt><dd data-citation-list-note>{hub.CitationListNote}</dd>"))}
            <dt>Citations stored</dt><dd>{PageLinks.Number(hub.CitationsStored)}{(hub.Summary.UnresolvedCitingPapers > 0 ? $" ({PageLinks.Number(hub.Summary.UnresolvedCitingPapers)} citing papers the source could not resolve: kept and counted, not crawled)" : "")}</dd>
            <dt>As JSON</dt><dd><a href="{PageLinks.PaperJson(hub.PaperId)}">hub</a> · <a href="{PageLinks.PaperJson(hub.PaperId)}/citations">citing papers</a></dd>
            <dt>Export</dt><dd>citing papers as <a href="{PageLinks.PaperJson(hub.PaperId)}/export?format=bibtex" data-export="bibtex">BibTeX</a> · <a href="{PageLinks.PaperJson(hub.PaperId)}/export?format=ris" data-export="ris">RIS</a> · <a href="{PageLinks.PaperJson(hub.PaperId)}/export?format=csljson" data-export="csljson">CSL-JSON</a></dd>
            </dl>
            </section>
            """);
    }
}
