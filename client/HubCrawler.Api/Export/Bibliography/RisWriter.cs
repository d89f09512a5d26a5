using System.Text;

namespace HubCrawler.Api.Export.Bibliography;

/// <summary>RIS: a record per paper, <c>TY</c> first (JOUR, CPAPER, UNPB for preprints, GEN), then ID, TI, one AU per
/// author ("Family, Given[, Suffix]"), PY, DA, T2 (the venue), DO, UR, and <c>ER</c> last; tag, two spaces, hyphen, space,
/// value; CRLF line ends; values on one line.</summary>
internal sealed class RisWriter(Stream stream) : IBibliographyWriter
{
    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(false)) { NewLine = "\r\n" };

    public async Task WriteAsync(BibliographicRecord record, string key)
    {
        var lines = new StringBuilder();
        void Tag(string tag, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            lines.Append(tag).Append("  - ").Append(OneLine(value)).Append("\r\n");
        }

        Tag("TY", record.Kind switch
        {
            EntryKind.Article => "JOUR",
            EntryKind.Conference => "CPAPER",
            EntryKind.Preprint => "UNPB",
            _ => "GEN",
        });
        Tag("ID", key);
        Tag("TI", record.Title);
        foreach (var author in record.Authors)
            Tag("AU", author.Given is null && author.Suffix is null ? author.Family
                : author.Suffix is null ? $"{author.Family}, {author.Given}"
                : $"{author.Family}, {author.Given}, {author.Suffix}");
        Tag("PY", record.Year?.ToString(CultureInfo.InvariantCulture));
        if (record.Year is { } year && record.Month is { } month)
            Tag("DA", string.Create(CultureInfo.InvariantCulture, $"{year:0000}/{month:00}/{(record.Day is { } day ? day.ToString("00", CultureInfo.InvariantCulture) : "")}/"));
        Tag("T2", record.Venue);
        Tag("DO", record.Doi);
        if (record.ArxivId is { } arxiv) Tag("AN", "arXiv:" + arxiv);
        Tag("UR", record.Url);
        lines.Append("ER  - \r\n\r\n");
        await _writer.WriteAsync(lines.ToString());
        await _writer.FlushAsync();
    }

    public Task CompleteAsync() => _writer.FlushAsync();

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    private static string OneLine(string value) => value.Replace('\r', ' ').Replace('\n', ' ').Trim();
}
