using HubCrawler.Grains.Search;
using HubCrawler.Sources;

namespace HubCrawler.Tests.Search;

/// <summary>Merging what the sources found, and the exact title match, without a cluster.</summary>
public sealed class SearchMergerTests
{
    private const string S2Id = "0123456789abcdef0123456789abcdef01234567";

    private static SearchFound Found(string key, string title, params (string Scheme, string Value)[] ids) =>
        new(new PaperMetadata { PaperId = key, Title = title }, PaperIdSet.Of(key, ids.ToDictionary(i => i.Scheme, i => i.Value)));

    [Fact]
    public void A_paper_both_sources_found_appears_once_with_both_names_and_every_id_and_the_lists_interleave()
    {
        var s2 = new[] { Found(S2Id, "Sparse Attention", ("DOI", "10.5555/a")), Found("1123456789abcdef0123456789abcdef01234567", "Dense Attention") };
        var openAlex = new[] { Found("OpenAlex:W3000000007", "Other Attention"), Found("OpenAlex:W3000000001", "Sparse attention", ("DOI", "10.5555/A")) };

        var (results, exact) = SearchMerger.Merge("sparse ATTENTION!", [("semanticscholar", s2), ("openalex", openAlex)], 10);

        Assert.Equal([S2Id, "OpenAlex:W3000000007", "1123456789abcdef0123456789abcdef01234567"], results.Select(r => r.HubId));
        Assert.Equal(["semanticscholar", "openalex"], results[0].Sources);
        Assert.Equal("W3000000001", results[0].Ids["OpenAlex"]);
        Assert.Equal(S2Id, exact!.HubId);
    }

    [Fact]
    public void Two_papers_with_the_query_as_title_make_no_exact_match_and_the_limit_cuts_the_list()
    {
        var s2 = new[] { Found(S2Id, "Attention"), Found("1123456789abcdef0123456789abcdef01234567", "attention."), Found("2123456789abcdef0123456789abcdef01234567", "Attention Again") };

        var (results, exact) = SearchMerger.Merge("Attention", [("semanticscholar", s2)], 2);

        Assert.Equal(2, results.Count);
        Assert.Null(exact);
    }

    [Theory]
    [InlineData("Élan: Vital—Things", "elan vital things")]
    [InlineData("  A  B ", "a b")]
    public void Titles_compare_without_case_accents_or_punctuation(string title, string normalized) =>
        Assert.Equal(normalized, TitleText.Normalize(title));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("DOI:10.1/x", "not a DOI")]
    [InlineData("arxiv: nope", "not an arXiv id")]
    [InlineData("?!?", "no words")]
    public void Queries_that_cannot_be_searched_say_why(string query, string error) =>
        Assert.Contains(error, SearchInput.Classify(query).Error);

    [Fact]
    public void Ids_and_links_stay_ids_and_anything_else_is_words()
    {
        Assert.Equal("arXiv:2507.21802", SearchInput.Classify("https://arxiv.org/abs/2507.21802").Id!.SourceForm);
        Assert.Equal("Sparse Attention: Rethinking Things", SearchInput.Classify(" Sparse   Attention: Rethinking Things ").Text);
        Assert.Contains("at most 300", SearchInput.Classify(new string('a', 301)).Error);
    }
}
