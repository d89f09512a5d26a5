using System.Text.RegularExpressions;

namespace HubCrawler.Tests.Export;

/// <summary>A strict RIS reader: every line is "TAG  - value" (two upper-case characters, two spaces, hyphen, space) or
/// blank, CRLF line ends, each record opens with TY and closes with ER, nothing outside a record.</summary>
public static partial class RisRecords
{
    public static List<List<(string Tag, string Value)>> Parse(string text)
    {
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        var records = new List<List<(string, string)>>();
        List<(string, string)>? current = null;
        foreach (var line in text.Split("\r\n"))
        {
            if (line.Length == 0) continue;
            var match = Line().Match(line);
            Assert.True(match.Success, $"not a RIS line: '{line}'");
            var (tag, value) = (match.Groups[1].Value, match.Groups[2].Value);
            if (tag == "TY")
            {
                Assert.True(current is null, "TY inside a record");
                current = [(tag, value)];
            }
            else
            {
                Assert.True(current is not null, $"{tag} outside a record");
                if (tag == "ER")
                {
                    Assert.Equal("", value);
                    records.Add(current!);
                    current = null;
                }
                else current!.Add((tag, value));
            }
        }
        Assert.True(current is null, "the last record has no ER");
        return records;
    }

    [GeneratedRegex("^([A-Z][A-Z0-9])  - (.*)$")]
    private static partial Regex Line();
}
