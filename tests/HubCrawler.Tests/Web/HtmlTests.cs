using HubCrawler.Api.Pages;

namespace HubCrawler.Tests.Web;

public sealed class HtmlTests
{
    [Fact]
    public void Interpolated_values_are_encoded_and_literals_are_not()
    {
        var title = "<script>alert(\"x\")</script> & 'more'";
        var html = Html.Of($"<h1 title=\"{title}\">{title}</h1>").ToString();

        Assert.StartsWith("<h1 title=\"", html);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("\"x\"", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("&amp;", html);
        Assert.DoesNotContain("'more'", html);
    }

    [Fact]
    public void Html_values_are_inserted_as_they_are_and_never_encoded_twice()
    {
        var inner = Html.Of($"<b>{"a<b"}</b>");
        var outer = Html.Of($"<p>{inner}</p>").ToString();
        Assert.Equal("<p><b>a&lt;b</b></p>", outer);
        Assert.Equal("x&lt;y", Html.Text("x<y").ToString());
        Assert.Equal("<i>1</i><i>2</i>", Html.Join([Html.Of($"<i>{1}</i>"), Html.Of($"<i>{2}</i>")]).ToString());
    }

    [Fact]
    public void Numbers_are_invariant_booleans_lower_case_and_nulls_empty()
    {
        string? missing = null;
        int? none = null;
        var html = Html.Of($"{0.5:0.##} {1234.5} {true} {false} [{missing}] [{none}] Ünïcödé").ToString();
        Assert.Equal("0.5 1234.5 true false [] [] Ünïcödé", html);
    }
}
