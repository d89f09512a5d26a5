using System.Text.Encodings.Web;
using System.Text.Json;

namespace HubCrawler.Api.Export.Bibliography;

/// <summary>CSL-JSON (citeproc's input, what Zotero and Pandoc read): one array of items with id (the citation key),
/// type (article-journal, paper-conference, article for preprints, document), title, author [{family, given, suffix}]
/// or [{literal}] for a name that does not split, issued {"date-parts": [[y, m, d]]}, container-title, DOI, URL and,
/// for arXiv, number "arXiv:…" with publisher "arXiv". Written item by item.</summary>
internal sealed class CslJsonWriter : IBibliographyWriter
{
    private readonly Utf8JsonWriter _json;
    private readonly Stream _stream;
    private bool _started;

    public CslJsonWriter(Stream stream)
    {
        _stream = stream;
        _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public async Task WriteAsync(BibliographicRecord record, string key)
    {
        StartOnce();
        _json.WriteStartObject();
        _json.WriteString("id", key);
        _json.WriteString("type", record.Kind switch
        {
            EntryKind.Article => "article-journal",
            EntryKind.Conference => "paper-conference",
            EntryKind.Preprint => "article",
            _ => "document",
        });
        if (record.Title is { } title) _json.WriteString("title", title);
        if (record.Authors.Count > 0)
        {
            _json.WriteStartArray("author");
            foreach (var author in record.Authors)
            {
                _json.WriteStartObject();
                if (author.Given is null && author.Suffix is null) _json.WriteString("literal", author.Family);
                else
                {
                    _json.WriteString("family", author.Family);
                    if (author.Given is { } given) _json.WriteString("given", given);
                    if (author.Suffix is { } suffix) _json.WriteString("suffix", suffix);
                }
                _json.WriteEndObject();
            }
            _json.WriteEndArray();
        }
        if (record.Year is { } year)
        {
            _json.WriteStartObject("issued");
            _json.WriteStartArray("date-parts");
            _json.WriteStartArray();
            _json.WriteNumberValue(year);
            if (record.Month is { } month)
            {
                _json.WriteNumberValue(month);
                if (record.Day is { } day) _json.WriteNumberValue(day);
            }
            _json.WriteEndArray();
            _json.WriteEndArray();
            _json.WriteEndObject();
        }
        if (record.Venue is { } venue && record.Kind != EntryKind.Preprint) _json.WriteString("container-title", venue);
        if (record.Doi is { } doi) _json.WriteString("DOI", doi);
        if (record.ArxivId is { } arxiv)
        {
            _json.WriteString("number", "arXiv:" + arxiv);
            _json.WriteString("publisher", "arXiv");
        }
        if (record.Url is { } url) _json.WriteString("URL", url);
        _json.WriteEndObject();
        await _json.FlushAsync();
        await _stream.FlushAsync();
    }

    public async Task CompleteAsync()
    {
        StartOnce();
        _json.WriteEndArray();
        await _json.FlushAsync();
        await _stream.FlushAsync();
    }

    public ValueTask DisposeAsync() => _json.DisposeAsync();

    private void StartOnce()
    {
        if (_started) return;
        _started = true;
        _json.WriteStartArray();
    }
}
