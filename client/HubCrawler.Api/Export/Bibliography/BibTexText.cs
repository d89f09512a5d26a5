using System.Text;

namespace HubCrawler.Api.Export.Bibliography;

/// <summary>Text made safe inside a braced BibTeX field: LaTeX's special characters escaped, braces from the source
/// written as commands (so a field's braces always balance), words with inner capitals protected from a style's
/// case changes (<c>{BERT}</c>, <c>{ImageNet}</c>). Other Unicode stays as it is: the file is UTF-8.</summary>
internal static class BibTexText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            builder.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\textbraceleft{}",
                '}' => @"\textbraceright{}",
                '%' => @"\%",
                '&' => @"\&",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '"' => "{\"}",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        return builder.ToString();
    }

    /// <summary>A title: escaped, and every word with a capital after its first letter braced.</summary>
    public static string Title(string title) =>
        string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => HasInnerCapital(w) ? "{" + Escape(w) + "}" : Escape(w)));

    /// <summary>A name part: escaped, and the word "and" braced so it does not split the author list.</summary>
    public static string Name(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Equals("and", StringComparison.OrdinalIgnoreCase) ? "{" + w + "}" : Escape(w)));

    /// <summary>A DOI or URL, kept verbatim for the url package; only what would unbalance the field or end it is percent-encoded.</summary>
    public static string Verbatim(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            builder.Append(c switch
            {
                '{' => "%7B",
                '}' => "%7D",
                '\\' => "%5C",
                ' ' => "%20",
                '\r' or '\n' or '\t' => "",
                _ => c.ToString(),
            });
        return builder.ToString();
    }

    private static bool HasInnerCapital(string word) => word.Skip(1).Any(char.IsUpper);
}
