using HubCrawler.Api.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace HubCrawler.Tests.Web;

/// <summary>Text from a source can never reach a page unencoded: what a component writes as a value (attribute or content) is
/// HTML-encoded by the pages' renderer, markup is written as it is, figures are invariant and all of Unicode passes through.</summary>
public sealed class HtmlTests
{
    [Fact]
    public void Interpolated_values_are_encoded_and_literals_are_not()
    {
        var title = "<script>alert(\"x\")</script> & 'more'";
        var html = RenderedPages.Fragment(b => Element(b, "h1", title, ("title", title)));

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
        RenderFragment inner = b => Element(b, "b", "a<b");
        var outer = RenderedPages.Fragment(b =>
        {
            b.OpenElement(0, "p");
            b.AddContent(1, inner);
            b.CloseElement();
        });
        Assert.Equal("<p><b>a&lt;b</b></p>", outer);
        Assert.Equal("x&lt;y", RenderedPages.Fragment(b => b.AddContent(0, "x<y")));
        Assert.Equal("<i>1</i><i>2</i>", RenderedPages.Fragment(b =>
        {
            Element(b, "i", 1);
            Element(b, "i", 2);
        }));
    }

    [Fact]
    public void Numbers_are_invariant_booleans_lower_case_and_nulls_empty()
    {
        string? missing = null;
        int? none = null;
        var html = RenderedPages.Fragment(b =>
        {
            b.AddContent(0, Format.Invariant(0.5, "0.##"));
            b.AddMarkupContent(1, " ");
            b.AddContent(2, Format.Invariant(1234.5));
            b.AddMarkupContent(3, " ");
            b.AddContent(4, Format.Invariant(true));
            b.AddMarkupContent(5, " ");
            b.AddContent(6, Format.Invariant(false));
            b.AddMarkupContent(7, " [");
            b.AddContent(8, Format.Invariant(missing));
            b.AddMarkupContent(9, "] [");
            b.AddContent(10, Format.Invariant(none));
            b.AddMarkupContent(11, "] ");
            b.AddContent(12, "Ünïcödé");
        });
        Assert.Equal("0.5 1234.5 true false [] [] Ünïcödé", html);
    }

    /// <summary>An element with attributes and content, the way the pages' components write one.</summary>
    private static void Element(RenderTreeBuilder builder, string name, object content, params (string Name, string Value)[] attributes)
    {
        builder.OpenElement(0, name);
        foreach (var (attribute, value) in attributes) builder.AddAttribute(1, attribute, value);
        builder.AddContent(2, content);
        builder.CloseElement();
    }
}
