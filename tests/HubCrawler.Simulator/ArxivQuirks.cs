namespace HubCrawler.Simulator;

/// <summary>
/// The shapes real arXiv abs pages have and a plain page does not, served when <see cref="SimulatorFaults.ArxivQuirks"/>
/// is on. By paper index: i % 4 == 1 writes citation_doi with a "doi:" prefix, i % 4 == 2 writes two DOIs
/// ("{doi}; 10.5555/hubsim-alt.{i}"); i % 3 == 1 makes the first author "Heath, Jr., Robert W." (Robert W. Heath Jr.),
/// i % 3 == 2 makes it "Dupont, Fr{\'e}d{\'e}rique" (i even) or "Dupont, Fr{é}d{é}rique" (i odd), both Frédérique Dupont.
/// Only the arXiv form changes; every other form keeps the graph's authors.
/// </summary>
public static class ArxivQuirks
{
    /// <summary>The name the suffix quirk gives the first author, as a reader should display it.</summary>
    public const string SuffixName = "Robert W. Heath Jr.";

    /// <summary>The name the TeX quirk gives the first author, as a reader should display it.</summary>
    public const string AccentName = "Frédérique Dupont";

    /// <summary>The content of citation_doi for the paper's page.</summary>
    public static string CitationDoi(SimPaper paper, bool quirks) => !quirks ? paper.Doi : (paper.Index % 4) switch
    {
        1 => "doi:" + paper.Doi,
        2 => paper.Doi + "; " + AlternateDoi(paper),
        _ => paper.Doi,
    };

    /// <summary>The second DOI of a two-DOI citation_doi.</summary>
    public static string AlternateDoi(SimPaper paper) => "10.5555/hubsim-alt." + paper.Index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The authors of the page: each as its citation_author content ("Last, First") and its displayed name.</summary>
    public static IReadOnlyList<(string Meta, string Name)> Authors(SimPaper paper, bool quirks)
    {
        var authors = paper.Authors.Select(a => (Meta: ArxivAbsPage.LastFirst(a.Name), a.Name)).ToList();
        if (quirks && authors.Count > 0)
        {
            authors[0] = (paper.Index % 3) switch
            {
                1 => ("Heath, Jr., Robert W.", SuffixName),
                2 => (paper.Index % 2 == 0 ? @"Dupont, Fr{\'e}d{\'e}rique" : "Dupont, Fr{é}d{é}rique", AccentName),
                _ => authors[0],
            };
        }

        return authors;
    }
}
