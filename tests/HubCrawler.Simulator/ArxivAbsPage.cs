using System.Net;

namespace HubCrawler.Simulator;

/// <summary>Renders an arXiv abs page (https://arxiv.org/abs/{id}) for a paper: citation_* meta tags in the head, the
/// title, authors, abstract and identifiers in the body. Every value is HTML-encoded.</summary>
internal static class ArxivAbsPage
{
    /// <summary>The page of <paramref name="paper"/> (as served, revisions applied) at version <paramref name="version"/>.</summary>
    /// <param name="paper">The paper at its current revision.</param>
    /// <param name="version">The paper's current arXiv version (1 + its revision).</param>
    /// <param name="arxivBase">The simulator's arXiv base URL, e.g. http://127.0.0.1:PORT/arxiv.</param>
    /// <param name="quirks">Whether to serve the shapes of <see cref="ArxivQuirks"/>.</param>
    public static string Render(SimPaper paper, int version, string arxivBase, bool quirks = false)
    {
        var authors = ArxivQuirks.Authors(paper, quirks);
        var id = paper.ArxivId;
        var submitted = DateOnly.ParseExact(paper.PublicationDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var revised = submitted.AddDays(version - 1);
        var pdfUrl = $"{arxivBase}/pdf/{id}";
        var absUrl = $"{arxivBase}/abs/{id}";
        var html = new StringBuilder(4096);
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <title>[{E(id)}] {E(paper.Title)}</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta charset="utf-8">
            <link rel="canonical" href="{E(absUrl)}">
            <meta name="description" content="{E("Abstract page for arXiv paper " + id + ": " + paper.Title)}">
            <meta property="og:type" content="website">
            <meta property="og:title" content="{E(paper.Title)}">
            <meta property="og:url" content="{E(absUrl + "v" + version.ToString(CultureInfo.InvariantCulture))}">
            <meta name="citation_title" content="{E(paper.Title)}">

            """);
        foreach (var author in authors)
        {
            html.Append(CultureInfo.InvariantCulture, $"<meta name=\"citation_author\" content=\"{E(author.Meta)}\">\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"""
            <meta name="citation_doi" content="{E(ArxivQuirks.CitationDoi(paper, quirks))}">
            <meta name="citation_date" content="{submitted:yyyy'/'MM'/'dd}">
            <meta name="citation_online_date" content="{revised:yyyy'/'MM'/'dd}">
            <meta name="citation_pdf_url" content="{E(pdfUrl)}">
            <meta name="citation_arxiv_id" content="{E(id)}">
            <meta name="citation_abstract" content="{E(paper.Abstract)}">
            </head>
            <body class="with-cu-identity">
            <div id="header"><h1><a href="/arxiv">arXiv</a> &gt; <a href="/arxiv/list/cs/recent">cs</a> &gt; arXiv:{E(id)}</h1></div>
            <div id="content">
            <div id="abs-outer">
            <div class="leftcolumn">
            <div class="subheader"><h1>Computer Science &gt; Machine Learning</h1></div>
            <div id="content-inner">
            <div id="abs">
            <div class="dateline">[Submitted on {submitted:d MMM yyyy} (<a href="{E(absUrl)}v1">v1</a>){(version > 1 ? $", last revised {revised:d MMM yyyy} (this version, v{version})" : string.Empty)}]</div>
            <h1 class="title mathjax"><span class="descriptor">Title:</span>{E(paper.Title)}</h1>
            <div class="authors"><span class="descriptor">Authors:</span>{string.Join(", ", authors.Select(a => $"<a href=\"/arxiv/a/{E(Uri.EscapeDataString(a.Name))}\" rel=\"nofollow\">{E(a.Name)}</a>"))}</div>
            <blockquote class="abstract mathjax"><span class="descriptor">Abstract:</span>{E(paper.Abstract)}</blockquote>
            <div class="metatable">
            <table summary="Additional metadata">
            <tr><td class="tablecell label">Subjects:</td><td class="tablecell subjects"><span class="primary-subject">Machine Learning (cs.LG)</span></td></tr>
            <tr><td class="tablecell label">Journal reference:</td><td class="tablecell jref">{E(paper.Venue)} ({paper.Year})</td></tr>
            <tr><td class="tablecell label">Cite as:</td><td class="tablecell arxivid"><span class="arxivid"><a href="{E(absUrl)}">arXiv:{E(id)}</a> [cs.LG]</span></td></tr>
            <tr><td class="tablecell label">&nbsp;</td><td class="tablecell arxividv">(or <span class="arxivid"><a href="{E(absUrl)}v{version}">arXiv:{E(id)}v{version}</a> [cs.LG]</span> for this version)</td></tr>
            {(paper.HasJournalDoi ? $"<tr><td class=\"tablecell label\">Related DOI:</td><td class=\"tablecell doi\"><a href=\"https://doi.org/{E(paper.Doi)}\" data-doi=\"{E(paper.Doi)}\">https://doi.org/{E(paper.Doi)}</a></td></tr>" : $"<tr><td class=\"tablecell label\">DOI:</td><td class=\"tablecell arxivdoi\"><a href=\"https://doi.org/{E(paper.Doi)}\">https://doi.org/{E(paper.Doi)}</a></td></tr>")}
            </table>
            </div>
            </div>
            </div>
            </div>
            <div class="extra-services">
            <div class="full-text"><h2>Access Paper:</h2><ul><li><a href="{E(pdfUrl)}" class="abs-button download-pdf">View PDF</a></li></ul></div>
            </div>
            </div>
            </div>
            </body>
            </html>

            """);
        return html.ToString();
    }

    /// <summary>"Ada Lovelace" → "Lovelace, Ada", as arXiv writes citation_author; a single name stays as it is.</summary>
    public static string LastFirst(string name)
    {
        var space = name.Trim().LastIndexOf(' ');
        return space < 0 ? name.Trim() : $"{name.Trim()[(space + 1)..]}, {name.Trim()[..space]}";
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
