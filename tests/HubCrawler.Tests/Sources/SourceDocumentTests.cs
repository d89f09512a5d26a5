using HubCrawler.Api.Pages;
using HubCrawler.Sources.Hubs;
using Parsers = HubCrawler.Sources;

namespace HubCrawler.Tests.Sources;

/// <summary>The OpenAlex, arXiv and hub page readers on good documents and on each kind of bad one:
/// every bad document gives a <see cref="FormatException"/> that says what was wrong.</summary>
public sealed class SourceDocumentTests
{
    private const string Work = """
        {"id":"https://openalex.org/W2741809807","doi":"https://doi.org/10.7717/PEERJ.4375","title":"The state of OA",
         "publication_year":2018,"publication_date":"2018-02-13","cited_by_count":1200,"referenced_works_count":33,
         "authorships":[{"author":{"display_name":"Heather Piwowar"}},{"author":{"display_name":"Jason Priem"}}],
         "primary_location":{"source":{"display_name":"PeerJ"}},
         "abstract_inverted_index":{"Despite":[0],"growing":[1],"interest":[2],"in":[3,5],"OA,":[4],"practice.":[6]},
         "ids":{"openalex":"https://openalex.org/W2741809807","pmid":"https://pubmed.ncbi.nlm.nih.gov/29456894"},
         "a_field_added_next_year":{"nested":[1,2,3]}}
        """;

    [Fact]
    public void An_OpenAlex_work_gives_its_ids_its_metadata_and_its_abstract_rebuilt_from_the_inverted_index()
    {
        var record = Parsers.OpenAlexJson.ParseWork(Encoding.UTF8.GetBytes(Work));
        Assert.Equal("OpenAlex:W2741809807", record.Metadata.PaperId);
        Assert.Equal("DOI:10.7717/peerj.4375", record.Ids.Key);
        Assert.Equal("29456894", record.Metadata.ExternalIds["PubMed"]);
        Assert.Equal(["Heather Piwowar", "Jason Priem"], record.Metadata.Authors);
        Assert.Equal("Despite growing interest in OA, in practice.", record.Metadata.Abstract);
        Assert.Equal(("PeerJ", 2018, 1200), (record.Metadata.Venue, record.Metadata.Year, record.Metadata.CitationCount));
    }

    [Theory]
    [InlineData("""{"id":"https://openalex.org/W27418""", "invalid JSON")]
    [InlineData("""{"title":"no id"}""", "the work has no OpenAlex id")]
    [InlineData("""{"id":"https://openalex.org/W1","abstract_inverted_index":{"word":["first"]}}""", "abstract_inverted_index['word'] has a position")]
    [InlineData("""[1,2]""", "the work is not a JSON object")]
    public void A_bad_OpenAlex_work_says_what_is_wrong(string body, string expected)
    {
        var error = Assert.Throws<FormatException>(() => Parsers.OpenAlexJson.ParseWork(Encoding.UTF8.GetBytes(body)));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void An_OpenAlex_list_without_results_says_so()
    {
        var error = Assert.Throws<FormatException>(() => Parsers.OpenAlexJson.ParseList(Encoding.UTF8.GetBytes("""{"meta":{"next_cursor":null}}""")));
        Assert.Contains("no results array", error.Message);
    }

    private const string AbsPage = """
        <html><head>
        <meta name="citation_title" content="Attention Is All You Need" />
        <meta name="citation_author" content="Vaswani, Ashish" />
        <meta name="citation_author" content="Shazeer, Noam" />
        <meta name="citation_date" content="2017/06/12" />
        <meta name="citation_online_date" content="2023/08/02" />
        <meta name="citation_pdf_url" content="https://arxiv.org/pdf/1706.03762" />
        <meta name="citation_arxiv_id" content="1706.03762" />
        <meta name="citation_abstract" content="The dominant sequence   transduction models &amp; more." />
        </head><body><div><p>unclosed <b>markup
        """;

    [Fact]
    public void An_arXiv_abs_page_gives_its_citation_meta_tags_even_when_the_body_markup_is_broken()
    {
        var record = Parsers.ArxivAbsPage.Parse(Encoding.UTF8.GetBytes(AbsPage));
        Assert.Equal("arXiv:1706.03762", record.Metadata.PaperId);
        Assert.Equal(["Ashish Vaswani", "Noam Shazeer"], record.Metadata.Authors);
        Assert.Equal(("2017-06-12", 2017), (record.Metadata.PublicationDate, record.Metadata.Year));
        Assert.Equal("The dominant sequence transduction models & more.", record.Metadata.Abstract);
        Assert.Equal("https://arxiv.org/pdf/1706.03762", record.Metadata.PdfUrl);
        Assert.Null(record.Citations);
    }

    [Theory]
    [InlineData("citation_title")]
    [InlineData("citation_arxiv_id")]
    public void An_arXiv_page_missing_a_required_meta_tag_names_it(string tag)
    {
        var page = string.Join('\n', AbsPage.Split('\n').Where(l => !l.Contains($"\"{tag}\"", StringComparison.Ordinal)));
        var error = Assert.Throws<FormatException>(() => Parsers.ArxivAbsPage.Parse(Encoding.UTF8.GetBytes(page)));
        Assert.Contains($"no {tag} meta tag", error.Message);
    }

    private static string RenderedHubPage(string role = "background")
    {
        var hub = new PaperHub
        {
            PaperId = new string('a', 40),
            Metadata = new PaperMetadata
            {
                PaperId = new string('a', 40), Title = "A <mirrored> paper", Authors = ["Ada Lovelace", "Alan Turing"], Year = 2020, PublicationDate = "2020-05-01",
                Venue = "NeurIPS", Abstract = "What it is.", Tldr = "In short.", CitationCount = 2,
                ExternalIds = new Dictionary<string, string> { ["DOI"] = "10.1000/x", ["ArXiv"] = "2001.00001", ["OpenAlex"] = "W42" },
            },
            Summary = HubSummarizer.Summarize([]),
            FetchedAt = DateTimeOffset.UtcNow,
        };
        CitationEdge[] items =
        [
            new() { CitingPaperId = new string('b', 40), Title = "Citer one", Year = 2021, CitationCount = 4, Role = CitationRole.Method, Polarity = CitationPolarity.Supporting, Contexts = ["We build on [1]."], IsInfluential = true, Summary = "One line." },
            new() { CitingPaperId = null, Title = "An unresolved citer", Role = CitationRole.Background },
        ];
        var html = HubPageHtml.Render(hub, new CitationPage { PaperId = hub.PaperId, Total = 2, Offset = 0, Limit = 25, Items = items }, new CitationQuery { Limit = 25 }, DateTimeOffset.UtcNow);
        return html.Replace("data-role=\"background\"", $"data-role=\"{role}\"", StringComparison.Ordinal);
    }

    [Fact]
    public void A_hub_page_rendered_by_the_web_page_code_reads_back_whole()
    {
        var (paper, citations, next, total) = Parsers.HubPageDocument.Parse(Encoding.UTF8.GetBytes(RenderedHubPage()));
        Assert.Equal(2, total);
        Assert.Equal(new string('a', 40), paper.Metadata.PaperId);
        Assert.Equal("A <mirrored> paper", paper.Metadata.Title);
        Assert.Equal(["Ada Lovelace", "Alan Turing"], paper.Metadata.Authors);
        Assert.Equal(("NeurIPS", 2020, "2020-05-01", 2), (paper.Metadata.Venue, paper.Metadata.Year, paper.Metadata.PublicationDate, paper.Metadata.CitationCount));
        Assert.Equal(("What it is.", "In short."), (paper.Metadata.Abstract, paper.Metadata.Tldr));
        Assert.Equal("W42", paper.Ids[PaperIdScheme.OpenAlex]!.Value);
        Assert.Equal("10.1000/x", paper.Ids[PaperIdScheme.Doi]!.Value);
        Assert.Null(next);

        Assert.Equal(2, citations.Count);
        var first = citations[0];
        Assert.Equal((new string('b', 40), "Citer one", 2021, 4), (first.CitingPaperId, first.Title, first.Year, first.CitationCount));
        Assert.Equal((CitationRole.Method, CitationPolarity.Supporting, true), (first.Role, first.Polarity, first.IsInfluential));
        Assert.Equal(["We build on [1]."], first.Contexts);
        Assert.Equal("One line.", first.Summary);
        Assert.Null(citations[1].CitingPaperId);
        Assert.Equal(CitationRole.Background, citations[1].Role);
    }

    [Fact]
    public void A_truncated_hub_page_and_an_unknown_role_each_say_what_is_wrong()
    {
        var page = RenderedHubPage();
        var truncated = page[..page.IndexOf("id=\"explorer\"", StringComparison.Ordinal)];
        Assert.Contains("no citing-papers explorer", Assert.Throws<FormatException>(() => Parsers.HubPageDocument.Parse(Encoding.UTF8.GetBytes(truncated))).Message);
        Assert.Contains("no hub article", Assert.Throws<FormatException>(() => Parsers.HubPageDocument.Parse(Encoding.UTF8.GetBytes("<html><body><p>Service error</p>"))).Message);
        var cutInsideTheList = page[..page.LastIndexOf("<li data-citing", StringComparison.Ordinal)];
        Assert.Contains("the explorer lists 1 citing papers where this page should hold 2", Assert.Throws<FormatException>(() => Parsers.HubPageDocument.Parse(Encoding.UTF8.GetBytes(cutInsideTheList))).Message);
        var unknown = Assert.Throws<FormatException>(() => Parsers.HubPageDocument.Parse(Encoding.UTF8.GetBytes(RenderedHubPage(role: "praise"))));
        Assert.Contains("citing paper 2: data-role 'praise' is not one of", unknown.Message);
    }
}
