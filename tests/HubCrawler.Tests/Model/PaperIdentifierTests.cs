namespace HubCrawler.Tests.Model;

public sealed class PaperIdentifierTests
{
    [Theory]
    [InlineData("arXiv:2507.21802", PaperIdScheme.ArXiv, "2507.21802", "arxiv:2507.21802")]
    [InlineData("ARXIV:2507.21802v3", PaperIdScheme.ArXiv, "2507.21802", "arxiv:2507.21802")]
    [InlineData("arxiv:hep-th/9901001", PaperIdScheme.ArXiv, "hep-th/9901001", "arxiv:hep-th/9901001")]
    [InlineData("DOI:10.18653/v1/N18-3011", PaperIdScheme.Doi, "10.18653/v1/n18-3011", "doi:10.18653/v1/n18-3011")]
    [InlineData("doi:10.1145/3292500.3330701", PaperIdScheme.Doi, "10.1145/3292500.3330701", "doi:10.1145/3292500.3330701")]
    [InlineData("CorpusId:215416146", PaperIdScheme.CorpusId, "215416146", "corpusid:215416146")]
    [InlineData("PMID:19872477", PaperIdScheme.PubMed, "19872477", "pmid:19872477")]
    [InlineData("649DEF34F8BE52C8B66281AF98AE884C09AEF38B", PaperIdScheme.SemanticScholar, "649def34f8be52c8b66281af98ae884c09aef38b", "649def34f8be52c8b66281af98ae884c09aef38b")]
    public void Parses_every_accepted_form_to_one_normalised_key(string input, PaperIdScheme scheme, string value, string aliasKey)
    {
        var id = PaperIdentifier.Parse(input);
        Assert.Equal(scheme, id.Scheme);
        Assert.Equal(value, id.Value);
        Assert.Equal(aliasKey, id.AliasKey);
        Assert.Equal(id, PaperIdentifier.Parse(id.AliasKey));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("hello", "not a paper id")]
    [InlineData("arXiv:", "not an arXiv id")]
    [InlineData("arXiv:2507", "not an arXiv id")]
    [InlineData("DOI:10.1234/../../admin", "not a DOI")]
    [InlineData("DOI:10.1234/a b", "not a DOI")]
    [InlineData("DOI:10.1234/x?fields=secret", "not a DOI")]
    [InlineData("http://evil.example/paper", "Unknown id scheme")]
    [InlineData("CorpusId:12a", "digits only")]
    [InlineData("ISBN:12345", "Unknown id scheme")]
    [InlineData("649def34f8be52c8b66281af98ae884c09aef38", "not a paper id")]
    public void Rejects_malformed_ids_with_a_reason(string input, string expected)
    {
        Assert.False(PaperIdentifier.TryParse(input, out _, out var error));
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Rejects_oversized_ids()
    {
        Assert.False(PaperIdentifier.TryParse("DOI:10.1234/" + new string('a', 300), out _, out var error));
        Assert.Contains("longer than", error);
    }
}
