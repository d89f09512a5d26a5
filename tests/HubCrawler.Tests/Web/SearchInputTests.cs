namespace HubCrawler.Tests.Web;

public sealed class SearchInputTests
{
    [Theory]
    [InlineData("arXiv:2507.21802", "arXiv:2507.21802")]
    [InlineData("  DOI:10.5555/hubsim.1 ", "DOI:10.5555/hubsim.1")]
    [InlineData("10.18653/v1/N18-3011", "DOI:10.18653/v1/N18-3011")]
    [InlineData("2507.21802v2", "arXiv:2507.21802v2")]
    [InlineData("https://doi.org/10.18653/v1/N18-3011", "DOI:10.18653/v1/N18-3011")]
    [InlineData("https://arxiv.org/abs/2507.21802v1", "arXiv:2507.21802v1")]
    [InlineData("https://arxiv.org/pdf/2507.21802.pdf", "arXiv:2507.21802")]
    [InlineData("https://www.semanticscholar.org/paper/Some-Title/0123456789abcdef0123456789abcdef01234567", "0123456789abcdef0123456789abcdef01234567")]
    [InlineData("https://example.org/x", "https://example.org/x")]
    [InlineData("CorpusId:42", "CorpusId:42")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Pasted_ids_and_links_become_paper_ids(string? input, string expected) =>
        Assert.Equal(expected, SearchInput.ToPaperId(input));
}
