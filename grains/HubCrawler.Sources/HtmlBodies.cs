using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace HubCrawler.Sources;

/// <summary>What the HTML source readers share: whitespace folding and the text of an error page.</summary>
public static class HtmlBodies
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "td", "th", "tr", "ul",
    };

    private static readonly HashSet<string> Headings = new(StringComparer.OrdinalIgnoreCase) { "h1", "h2", "h3", "h4", "h5", "h6" };

    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template" };

    /// <summary>Runs of whitespace as one space, none at the ends.</summary>
    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The first 200 characters of an error page's visible text (its main part when it has one), one block
    /// after another: "Service Unavailable: arXiv is busy." for an h1 and a p, never "Service UnavailablearXiv is busy.".</summary>
    public static string ErrorMessage(byte[] body)
    {
        var document = Parser.ParseDocument(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 64 * 1024)));
        var root = (INode?)document.QuerySelector("main") ?? document.Body;
        var text = root is null ? "" : VisibleText(root);
        return text.Length == 0 ? "(empty body)" : text[..Math.Min(text.Length, 200)];
    }

    /// <summary>The text of <paramref name="root"/>, inline runs kept together and blocks separated: a heading by ": "
    /// unless it ends in punctuation, any other block by a space.</summary>
    public static string VisibleText(INode root)
    {
        var blocks = new List<(string Text, bool Heading)>();
        var current = new StringBuilder();
        IElement? currentBlock = null;
        void Flush()
        {
            var text = Collapse(current.ToString());
            if (text.Length > 0) blocks.Add((text, currentBlock is not null && Headings.Contains(currentBlock.LocalName)));
            current.Clear();
        }

        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement element)
                {
                    if (Hidden.Contains(element.LocalName)) continue;
                    if (element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase)) current.Append(' ');
                    Walk(element);
                }
                else if (child.NodeType == NodeType.Text)
                {
                    var block = BlockOf(child);
                    if (!ReferenceEquals(block, currentBlock))
                    {
                        Flush();
                        currentBlock = block;
                    }
                    current.Append(child.TextContent);
                }
            }
        }

        Walk(root);
        Flush();
        var joined = new StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i > 0) joined.Append(blocks[i - 1].Heading && !EndsInPunctuation(blocks[i - 1].Text) ? ": " : " ");
            joined.Append(blocks[i].Text);
        }
        return joined.ToString();
    }

    private static IElement? BlockOf(INode node)
    {
        for (var parent = node.ParentElement; parent is not null; parent = parent.ParentElement)
            if (Blocks.Contains(parent.LocalName)) return parent;
        return null;
    }

    private static bool EndsInPunctuation(string text) => text.Length > 0 && text[^1] is '.' or ':' or ';' or '!' or '?';
}
