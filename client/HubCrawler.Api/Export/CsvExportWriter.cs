using System.Text;

namespace HubCrawler.Api.Export;

/// <summary>RFC 4180 CSV: one table with a <c>kind</c> column ("paper" or "edge"). Paper rows fill
/// paperId…error, edge rows fill source…isInfluential; lists are joined with "; ".</summary>
internal sealed class CsvExportWriter(Stream stream) : ICrawlExportWriter
{
    public static readonly string[] Columns =
    [
        "kind", "paperId", "remainingDepth", "title", "authors", "year", "venue", "citationCount", "behaviourLabel", "fetchedAt", "error",
        "source", "target", "role", "polarity", "intents", "isInfluential", "foundIn",
    ];

    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(false)) { NewLine = "\r\n" };
    private bool _headerWritten;

    public async Task WriteAsync(PaperRow paper, IReadOnlyList<EdgeRow> edges)
    {
        await WriteHeaderOnce();
        await WriteRowAsync(
            paper.Kind, paper.PaperId, Number(paper.RemainingDepth), paper.Title, string.Join("; ", paper.Authors), Number(paper.Year),
            paper.Venue, Number(paper.CitationCount), paper.BehaviourLabel, paper.FetchedAt?.ToString("O", CultureInfo.InvariantCulture),
            paper.Error, null, null, null, null, null, null);
        foreach (var edge in edges)
            await WriteRowAsync(
                edge.Kind, null, null, null, null, null, null, null, null, null, null,
                edge.Source, edge.Target, EnumText.Of(edge.Role), EnumText.Of(edge.Polarity), string.Join("; ", edge.Intents),
                edge.IsInfluential ? "true" : "false", EnumText.Of(edge.FoundIn));
        await _writer.FlushAsync();
    }

    public async Task CompleteAsync()
    {
        await WriteHeaderOnce();
        await _writer.FlushAsync();
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    private async Task WriteHeaderOnce()
    {
        if (_headerWritten) return;
        _headerWritten = true;
        await _writer.WriteLineAsync(string.Join(',', Columns));
    }

    private Task WriteRowAsync(params string?[] cells) => _writer.WriteLineAsync(string.Join(',', cells.Select(Escape)));

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string? cell) =>
        cell is null ? ""
        : cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : cell;
}
