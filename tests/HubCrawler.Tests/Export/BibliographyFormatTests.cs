using HubCrawler.Api.Export;
using HubCrawler.Api.Export.Bibliography;

namespace HubCrawler.Tests.Export;

/// <summary>The reference-manager formats without a cluster: names split, keys, entry types, and hostile text
/// written and read back by bibtexparser, the strict RIS reader and System.Text.Json.</summary>
public sealed class BibliographyFormatTests
{
    private const string Hostile = "50% of {Brace} & $x_1$ #tag ~approx^2 \\cmd \"quoted\" }{ and more";

    [Theory]
    [InlineData("Ashish Vaswani", "Vaswani", "Ashish", null)]
    [InlineData("Vaswani, Ashish", "Vaswani", "Ashish", null)]
    [InlineData("Robert W. Heath Jr.", "Heath", "Robert W.", "Jr.")]
    [InlineData("Heath, Jr., Robert W.", "Heath", "Robert W.", "Jr.")]
    [InlineData("Ludwig van Beethoven", "van Beethoven", "Ludwig", null)]
    [InlineData("Jean de la Fontaine", "de la Fontaine", "Jean", null)]
    [InlineData("Aristotle", "Aristotle", null, null)]
    [InlineData("  Grace   Costa ", "Costa", "Grace", null)]
    public void Names_split_into_family_given_and_suffix(string name, string family, string? given, string? suffix) =>
        Assert.Equal(new PersonName(family, given, suffix), PersonName.Parse(name));

    [Fact]
    public void Keys_are_author_year_word_and_unique_with_a_letter_on_collision()
    {
        var keys = new CitationKeys();
        var attention = new BibliographicRecord { Title = "Attention Is All You Need", Year = 2017, Authors = [PersonName.Parse("Ashish Vaswani")] };
        Assert.Equal("vaswani2017attention", keys.For(attention));
        Assert.Equal("vaswani2017attentiona", keys.For(attention));
        Assert.Equal("vaswani2017attentionb", keys.For(attention));
        Assert.Equal("muller2020deep", keys.For(new BibliographicRecord { Title = "The Deep Net", Year = 2020, Authors = [PersonName.Parse("Jürgen Müller")] }));
        Assert.Equal("gogh1888", keys.For(new BibliographicRecord { Title = "On", Year = 1888, Authors = [PersonName.Parse("Vincent van Gogh")] }));
        Assert.Equal("anonsunflowers", keys.For(new BibliographicRecord { Title = "Sunflowers" }));
    }

    [Theory]
    [InlineData("Nature", null, "Article")]
    [InlineData("Physical Review Letters", "1506.00001", "Article")]
    [InlineData("Proceedings of the 2019 Conference of the North American Chapter", null, "Conference")]
    [InlineData("NeurIPS", null, "Conference")]
    [InlineData("arXiv.org", "1706.03762", "Preprint")]
    [InlineData(null, "1706.03762", "Preprint")]
    [InlineData(null, null, "Other")]
    public void The_entry_type_follows_the_venue(string? venue, string? arxiv, string kind) => Assert.Equal(kind, EntryKinds.Of(venue, arxiv).ToString());

    [Fact]
    public async Task Hostile_text_stays_inside_its_BibTeX_field_and_reads_back_in_bibtexparser()
    {
        var records = new[] { Record(Hostile, "Proceedings of ICML"), Record("A Plain Title About BERT and ImageNet", "Nature"), Record(null, null) };
        var text = await Write(ExportFormat.Bibtex, records);

        var entries = (await PythonParsers.RunAsync(PythonParsers.BibTex, text)).GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(3, entries.Count);
        Assert.Equal(["inproceedings", "article", "misc"], entries.Select(e => e.GetProperty("ENTRYTYPE").GetString()));
        var hostile = entries[0];
        // Every field survived: nothing the title held closed its field or opened another.
        Assert.Equal("10.1000/x{y}", hostile.GetProperty("doi").GetString()!.Replace("%7B", "{").Replace("%7D", "}"));
        Assert.Equal("Proceedings of ICML", hostile.GetProperty("booktitle").GetString());
        Assert.Equal("2021", hostile.GetProperty("year").GetString());
        Assert.Equal("Doe, Jane and OpenAI and van Beethoven, Ludwig", hostile.GetProperty("author").GetString()!.Replace("{", "").Replace("}", ""));
        var title = hostile.GetProperty("title").GetString()!;
        foreach (var word in new[] { "50", "of", "tag", "quoted", "more" }) Assert.Contains(word, title);
        Assert.Equal("Nature", entries[1].GetProperty("journal").GetString());
        Assert.Equal("A Plain Title About BERT and ImageNet", entries[1].GetProperty("title").GetString());
        // Words with inner capitals are braced in the file, so a style's sentence case leaves them alone.
        Assert.Contains("title = {A Plain Title About {BERT} and {ImageNet}}", text);
    }

    [Fact]
    public async Task RIS_and_CSL_JSON_hold_hostile_text_as_one_line_and_as_a_JSON_string()
    {
        var records = new[] { Record(Hostile + "\r\nsecond line", "Nature"), Record("Two", null) };

        var ris = RisRecords.Parse(await Write(ExportFormat.Ris, records));
        Assert.Equal(2, ris.Count);
        Assert.Equal(Hostile + " second line", ris[0].Single(t => t.Tag == "TI").Value);
        Assert.Equal(["Doe, Jane", "OpenAI", "van Beethoven, Ludwig"], ris[0].Where(t => t.Tag == "AU").Select(t => t.Value));
        Assert.Equal("2021/03/04/", ris[0].Single(t => t.Tag == "DA").Value);

        var csl = JsonDocument.Parse(await Write(ExportFormat.Csljson, records)).RootElement;
        Assert.Equal(2, csl.GetArrayLength());
        Assert.Equal(Hostile + " second line", csl[0].GetProperty("title").GetString());
        Assert.Equal("article-journal", csl[0].GetProperty("type").GetString());
        Assert.Equal("[[2021,3,4]]", csl[0].GetProperty("issued").GetProperty("date-parts").GetRawText().Replace(" ", "").Replace("\n", "").Replace("\r", ""));
        Assert.Equal("van Beethoven", csl[0].GetProperty("author")[2].GetProperty("family").GetString());
        Assert.Equal("OpenAI", csl[0].GetProperty("author")[1].GetProperty("literal").GetString());
        Assert.Equal("article", csl[1].GetProperty("type").GetString());
        Assert.Equal("arXiv:2103.00001", csl[1].GetProperty("number").GetString());
    }

    private static BibliographicRecord Record(string? title, string? venue) => BibliographicRecord.From(new PaperMetadata
    {
        PaperId = "p",
        Title = title,
        Authors = ["Jane Doe", "OpenAI", "Ludwig van Beethoven"],
        Year = 2021,
        PublicationDate = "2021-03-04",
        Venue = venue,
        ExternalIds = venue is null ? new Dictionary<string, string> { ["ArXiv"] = "2103.00001" } : new Dictionary<string, string> { ["DOI"] = "10.1000/x{y}" },
    });

    private static async Task<string> Write(ExportFormat format, IEnumerable<BibliographicRecord> records)
    {
        using var stream = new MemoryStream();
        await BibliographyExport.WriteAsync(format, stream, records.ToAsyncEnumerable());
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
