namespace HubCrawler.Api.Export.Bibliography;

/// <summary>Streams records to a writer of one reference-manager format, each under a citation key unique in the export.</summary>
internal static class BibliographyExport
{
    public static IBibliographyWriter Writer(ExportFormat format, Stream stream) => format switch
    {
        ExportFormat.Bibtex => new BibTexWriter(stream),
        ExportFormat.Ris => new RisWriter(stream),
        ExportFormat.Csljson => new CslJsonWriter(stream),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a reference-manager format"),
    };

    public static async Task WriteAsync(ExportFormat format, Stream stream, IAsyncEnumerable<BibliographicRecord> records)
    {
        await using var writer = Writer(format, stream);
        var keys = new CitationKeys();
        await foreach (var record in records) await writer.WriteAsync(record, keys.For(record));
        await writer.CompleteAsync();
    }
}
