using System.Text;
using System.Xml;

namespace HubCrawler.Api.Export;

/// <summary>Text that XML 1.0 can hold: control characters from a source are not allowed at all, not even escaped, so they are dropped.</summary>
internal static class XmlText
{
    public static string Safe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) builder.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i, 2);
                i++;
            }
        }
        return builder.ToString();
    }
}
