using HubCrawler.Abstractions;

namespace HubCrawler.Api.Pages;

/// <summary>The start page: the search box (a title or any id form opens that paper's hub; words list papers) and the recent crawls.</summary>
internal static class HomePage
{
    public static Html Render(IReadOnlyList<CrawlStatus> recent) => Layout.Page("Paper hubs", Html.Of($"""
        <h1>Paper hubs</h1>
        <p>Open the hub of any paper: what it is, who cites it, in what role and with what polarity, and every citing paper.
        Type a paper's title or some words to find it, or a Semantic Scholar id, <code>arXiv:…</code>, <code>DOI:…</code>, <code>CorpusId:…</code> or <code>PMID:…</code>; a doi.org, arxiv.org or Semantic Scholar link works too.</p>
        {Layout.SearchForm(null, "home-search", "Find a paper")}
        <h2>Recent crawls</h2>
        {RecentCrawlsView.Render(recent)}
        <p><a href="{PageLinks.Crawls}">Start a crawl</a> · <a href="{PageLinks.ApiReference}">API reference</a></p>
        """));
}
