using System.Text;

namespace HubCrawler.Api.Export.Bibliography;

/// <summary>BibTeX: <c>@article</c> (journal), <c>@inproceedings</c> (booktitle), <c>@misc</c> (preprints with
/// <c>eprint</c>/<c>archivePrefix</c>, and records nothing classifies), each with title, author ("Family, Given and …"),
/// year, month, doi, url. UTF-8; every field braced and escaped (<see cref="BibTexText"/>).</summary>
internal sealed class BibTexWriter(Stream stream) : IBibliographyWriter
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(false)) { NewLine = "\n" };

    public async Task WriteAsync(BibliographicRecord record, string key)
    {
        var type = record.Kind switch
        {
            EntryKind.Article => "article",
            EntryKind.Conference => "inproceedings",
            _ => "misc",
        };
        var fields = new List<(string Name, string Value)>();
        if (record.Title is { } title) fields.Add(("title", BibTexText.Title(title)));
        if (record.Authors.Count > 0) fields.Add(("author", string.Join(" and ", record.Authors.Select(Author))));
        if (record.Venue is { } venue)
            fields.Add((record.Kind switch { EntryKind.Article => "journal", EntryKind.Conference => "booktitle", _ => "howpublished" }, BibTexText.Escape(venue)));
        if (record.Year is { } year) fields.Add(("year", year.ToString(CultureInfo.InvariantCulture)));
        if (record.Month is { } month) fields.Add(("month", Months[month - 1]));
        if (record.Doi is { } doi) fields.Add(("doi", BibTexText.Verbatim(doi)));
        if (record.ArxivId is { } arxiv)
        {
            fields.Add(("eprint", BibTexText.Verbatim(arxiv)));
            fields.Add(("archiveprefix", "arXiv"));
        }
        if (record.Url is { } url) fields.Add(("url", BibTexText.Verbatim(url)));

        var entry = new StringBuilder();
        entry.Append('@').Append(type).Append('{').Append(key);
        foreach (var (name, value) in fields) entry.Append(",\n  ").Append(name).Append(" = {").Append(value).Append('}');
        entry.Append("\n}\n\n");
        await _writer.WriteAsync(entry.ToString());
        await _writer.FlushAsync();
    }

    public Task CompleteAsync() => _writer.FlushAsync();

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    private static string Author(PersonName name) =>
        name.Given is null && name.Suffix is null ? "{" + BibTexText.Name(name.Family) + "}"
        : name.Suffix is null ? $"{BibTexText.Name(name.Family)}, {BibTexText.Name(name.Given!)}"
        : $"{BibTexText.Name(name.Family)}, {BibTexText.Name(name.Suffix)}, {BibTexText.Name(name.Given ?? "")}";
}
