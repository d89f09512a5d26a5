namespace HubCrawler.Api.Pages;

/// <summary>The one style sheet of the pages, inlined so a page is a single request. Mobile first:
/// one column, wrapping rows, and nothing wider than the screen.</summary>
internal static class PageStyles
{
    public static readonly Html Sheet = Html.Trusted("""
        <style>
        :root { color-scheme: light dark; --fg: #1d2330; --muted: #5b6475; --line: #d9dde5; --bg: #fff; --panel: #f5f7fa;
                --accent: #2458c6; --background: #6f8fbf; --method: #2f9e6e; --comparison: #d08a1f; --unclassified: #9aa1ad;
                --supporting: #2f9e6e; --neutral: #6f8fbf; --contrasting: #c2453d; --danger: #b3261e; }
        @media (prefers-color-scheme: dark) {
          :root { --fg: #e6e9ef; --muted: #a3abba; --line: #343a46; --bg: #15181e; --panel: #1d2129; --accent: #7ea6ff; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
        a { color: var(--accent); }
        header.site, footer.site { background: var(--panel); border-bottom: 1px solid var(--line); }
        footer.site { border-top: 1px solid var(--line); border-bottom: 0; margin-top: 3rem; color: var(--muted); font-size: .9rem; }
        .wrap { max-width: 60rem; margin: 0 auto; padding: .75rem 1rem; }
        header.site .wrap { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; }
        header.site .brand { font-weight: 700; text-decoration: none; color: var(--fg); margin-right: auto; }
        header.site nav a { margin-right: .75rem; }
        form.search { display: flex; gap: .5rem; flex: 1 1 20rem; }
        form.search input { flex: 1; min-width: 0; }
        input, select, textarea, button { font: inherit; padding: .4rem .55rem; border: 1px solid var(--line); border-radius: .35rem;
                                          background: var(--bg); color: var(--fg); }
        button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; }
        button.secondary { background: transparent; color: var(--accent); }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: 1.25rem 0 .5rem; }
        h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
        .muted, .meta { color: var(--muted); }
        .meta { font-size: .9rem; }
        .authors { margin: .25rem 0; }
        .ids { display: flex; flex-wrap: wrap; gap: .25rem .75rem; font-size: .85rem; color: var(--muted); padding: 0; list-style: none; }
        .behaviour { background: var(--panel); border-left: 4px solid var(--accent); padding: .6rem .9rem; border-radius: .25rem; }
        .behaviour strong { display: block; font-size: 1.1rem; }
        .tldr { background: var(--panel); padding: .6rem .9rem; border-radius: .25rem; margin-top: .75rem; }
        .actions { display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .9rem; margin: .5rem 0 1rem; }
        .summaries { display: grid; gap: 0 2rem; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); }
        ul.bars { list-style: none; padding: 0; margin: 0; }
        .estimate { min-width: 0; overflow-wrap: anywhere; }
        .model-figures { max-width: 100%; overflow-x: auto; }
        ul.estimates { list-style: none; padding: 0; margin: .25rem 0; }
        ul.estimates li { margin: .2rem 0; }
        .model-figures table { border-collapse: collapse; font-size: .85rem; margin: .4rem 0; }
        .model-figures th, .model-figures td { border: 1px solid var(--line); padding: .15rem .4rem; text-align: right; }
        ul.bars li { display: grid; grid-template-columns: 7.5rem 1fr 6.5rem; gap: .5rem; align-items: center; margin: .35rem 0; }
        .bar { display: block; height: .8rem; background: var(--panel); border-radius: .4rem; overflow: hidden; border: 1px solid var(--line); }
        .bar > span { display: block; height: 100%; background: var(--accent); }
        [data-role="background"] .bar > span { background: var(--background); }
        [data-role="method"] .bar > span { background: var(--method); }
        [data-role="comparison"] .bar > span { background: var(--comparison); }
        [data-role="unclassified"] .bar > span, [data-polarity="unclassified"] .bar > span { background: var(--unclassified); }
        [data-polarity="supporting"] .bar > span { background: var(--supporting); }
        [data-polarity="neutral"] .bar > span { background: var(--neutral); }
        [data-polarity="contrasting"] .bar > span { background: var(--contrasting); }
        .value { text-align: right; font-variant-numeric: tabular-nums; font-size: .9rem; }
        .tag { display: inline-block; font-size: .75rem; padding: 0 .4rem; border-radius: .6rem; border: 1px solid var(--line); color: var(--muted); white-space: nowrap; }
        .tag.influential { border-color: var(--comparison); color: #8a5a00; }
        ol.papers { padding-left: 1.5rem; }
        ol.papers li { margin: .6rem 0; }
        ol.papers .title { font-weight: 600; }
        ol.papers p { margin: .15rem 0; }
        form.filters { display: flex; flex-wrap: wrap; gap: .5rem .75rem; align-items: end; background: var(--panel); padding: .75rem; border-radius: .35rem; }
        form.filters label, form.crawl label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
        form.filters input[type=number] { width: 6.5rem; }
        nav.pager { display: flex; justify-content: space-between; gap: 1rem; margin: 1rem 0; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        dl.counters { display: grid; grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr)); gap: .5rem; }
        dl.counters div { background: var(--panel); border-radius: .35rem; padding: .5rem .75rem; }
        dl.counters dt { font-size: .8rem; color: var(--muted); }
        dl.counters dd { margin: 0; font-size: 1.4rem; font-variant-numeric: tabular-nums; }
        progress { width: 100%; height: 1rem; }
        form.crawl { display: grid; gap: .75rem; max-width: 36rem; }
        form.crawl .row { display: flex; gap: 1rem; flex-wrap: wrap; }
        .error { color: var(--danger); }
        ol.results li { margin: .6rem 0; }
        ol.results a.title { font-weight: 600; }
        .problem { border-left: 4px solid var(--danger); padding: .5rem 1rem; background: var(--panel); }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        .scroll { overflow-x: auto; }
        .abstract { white-space: pre-line; }
        .years svg.chart { display: block; width: 100%; max-width: 40rem; height: auto; margin: .25rem 0; }
        .years svg.chart text { fill: var(--muted); font-size: 10px; }
        .years svg.chart .axis-title { font-size: 9px; }
        .years svg.chart line.grid { stroke: var(--line); stroke-width: .5; }
        .years svg.chart line.axis { stroke: var(--muted); stroke-width: 1; }
        .years rect[data-role="background"], .swatch[data-role="background"] { fill: var(--background); background: var(--background); }
        .years rect[data-role="method"], .swatch[data-role="method"] { fill: var(--method); background: var(--method); }
        .years rect[data-role="comparison"], .swatch[data-role="comparison"] { fill: var(--comparison); background: var(--comparison); }
        .years rect[data-role="unclassified"], .swatch[data-role="unclassified"] { fill: var(--unclassified); background: var(--unclassified); }
        .years rect[data-polarity="supporting"], .swatch[data-polarity="supporting"] { fill: var(--supporting); background: var(--supporting); }
        .years rect[data-polarity="neutral"], .swatch[data-polarity="neutral"] { fill: var(--neutral); background: var(--neutral); }
        .years rect[data-polarity="contrasting"], .swatch[data-polarity="contrasting"] { fill: var(--contrasting); background: var(--contrasting); }
        ul.legend { list-style: none; padding: 0; margin: 0 0 .5rem; display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .85rem; color: var(--muted); }
        ul.legend .swatch { display: inline-block; width: .75rem; height: .75rem; border-radius: .15rem; margin-right: .35rem; vertical-align: -.05rem; }
        </style>
        """);
}
